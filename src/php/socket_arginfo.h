/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: a22ef2fdcf991533439fb1f72da938586200b6b3 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Event_Socket___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_Socket_createServer, 0, 0, Event\\Socket\\Server, 0)
	ZEND_ARG_TYPE_MASK(0, options, MAY_BE_ARRAY|MAY_BE_CALLABLE|MAY_BE_NULL, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, onConnection, IS_CALLABLE, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_Socket_connect, 0, 1, Event\\Socket, 0)
	ZEND_ARG_TYPE_MASK(0, port, MAY_BE_LONG|MAY_BE_STRING, NULL)
	ZEND_ARG_TYPE_MASK(0, host, MAY_BE_STRING|MAY_BE_CALLABLE|MAY_BE_ARRAY|MAY_BE_NULL, "null")
	ZEND_ARG_TYPE_MASK(0, onConnect, MAY_BE_CALLABLE|MAY_BE_ARRAY|MAY_BE_NULL, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_Socket_connectAsync, 0, 1, Event\\Promise, 0)
	ZEND_ARG_TYPE_MASK(0, port, MAY_BE_LONG|MAY_BE_STRING, NULL)
	ZEND_ARG_TYPE_MASK(0, host, MAY_BE_STRING|MAY_BE_ARRAY|MAY_BE_NULL, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Socket_on, 0, 2, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, event, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, listener, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Event_Socket_once arginfo_class_Event_Socket_on

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Socket_write, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Socket_end, 0, 0, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, data, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Socket_destroy, 0, 0, IS_STATIC, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Event_Socket_pause arginfo_class_Event_Socket_destroy

#define arginfo_class_Event_Socket_resume arginfo_class_Event_Socket_destroy

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_Socket_pipe, 0, 1, Event\\Emitter, 0)
	ZEND_ARG_OBJ_INFO(0, destination, Event\\Emitter, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Socket_setNoDelay, 0, 0, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, noDelay, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Socket_setKeepAlive, 0, 0, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, enable, _IS_BOOL, 0, "false")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, initialDelay, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Socket_setTimeout, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, ms, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, callback, IS_CALLABLE, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Event_Socket_ref arginfo_class_Event_Socket_destroy

#define arginfo_class_Event_Socket_unref arginfo_class_Event_Socket_destroy

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Socket_address, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Socket_getPeerCertificate, 0, 0, IS_ARRAY, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Socket_getProtocol, 0, 0, IS_STRING, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Socket_isSessionReused, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Event_Socket, __construct);
ZEND_METHOD(Event_Socket, createServer);
ZEND_METHOD(Event_Socket, connect);
ZEND_METHOD(Event_Socket, connectAsync);
ZEND_METHOD(Event_Socket, on);
ZEND_METHOD(Event_Socket, once);
ZEND_METHOD(Event_Socket, write);
ZEND_METHOD(Event_Socket, end);
ZEND_METHOD(Event_Socket, destroy);
ZEND_METHOD(Event_Socket, pause);
ZEND_METHOD(Event_Socket, resume);
ZEND_METHOD(Event_Socket, pipe);
ZEND_METHOD(Event_Socket, setNoDelay);
ZEND_METHOD(Event_Socket, setKeepAlive);
ZEND_METHOD(Event_Socket, setTimeout);
ZEND_METHOD(Event_Socket, ref);
ZEND_METHOD(Event_Socket, unref);
ZEND_METHOD(Event_Socket, address);
ZEND_METHOD(Event_Socket, getPeerCertificate);
ZEND_METHOD(Event_Socket, getProtocol);
ZEND_METHOD(Event_Socket, isSessionReused);


static const zend_function_entry class_Event_Socket_methods[] = {
	ZEND_ME(Event_Socket, __construct, arginfo_class_Event_Socket___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_Socket, createServer, arginfo_class_Event_Socket_createServer, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Socket, connect, arginfo_class_Event_Socket_connect, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Socket, connectAsync, arginfo_class_Event_Socket_connectAsync, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Socket, on, arginfo_class_Event_Socket_on, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Socket, once, arginfo_class_Event_Socket_once, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Socket, write, arginfo_class_Event_Socket_write, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Socket, end, arginfo_class_Event_Socket_end, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Socket, destroy, arginfo_class_Event_Socket_destroy, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Socket, pause, arginfo_class_Event_Socket_pause, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Socket, resume, arginfo_class_Event_Socket_resume, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Socket, pipe, arginfo_class_Event_Socket_pipe, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Socket, setNoDelay, arginfo_class_Event_Socket_setNoDelay, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Socket, setKeepAlive, arginfo_class_Event_Socket_setKeepAlive, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Socket, setTimeout, arginfo_class_Event_Socket_setTimeout, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Socket, ref, arginfo_class_Event_Socket_ref, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Socket, unref, arginfo_class_Event_Socket_unref, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Socket, address, arginfo_class_Event_Socket_address, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Socket, getPeerCertificate, arginfo_class_Event_Socket_getPeerCertificate, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Socket, getProtocol, arginfo_class_Event_Socket_getProtocol, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Socket, isSessionReused, arginfo_class_Event_Socket_isSessionReused, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Event_Socket(zend_class_entry *class_entry_Event_Emitter)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event", "Socket", class_Event_Socket_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Event_Emitter);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
