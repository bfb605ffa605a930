/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 894b6740c19792188afa22dfc9ea82a30a868791 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Event_Socket_Server___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Socket_Server_listen, 0, 0, IS_STATIC, 0)
	ZEND_ARG_TYPE_MASK(0, port, MAY_BE_LONG|MAY_BE_STRING, "0")
	ZEND_ARG_TYPE_MASK(0, host, MAY_BE_STRING|MAY_BE_CALLABLE|MAY_BE_NULL, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, onListening, IS_CALLABLE, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, backlog, IS_LONG, 0, "511")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Socket_Server_address, 0, 0, IS_ARRAY, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Socket_Server_close, 0, 0, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, onClose, IS_CALLABLE, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Socket_Server_connectionCount, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Socket_Server_ref, 0, 0, IS_STATIC, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Event_Socket_Server_unref arginfo_class_Event_Socket_Server_ref

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Socket_Server_setSecureContext, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, tls, IS_ARRAY, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Event_Socket_Server, __construct);
ZEND_METHOD(Event_Socket_Server, listen);
ZEND_METHOD(Event_Socket_Server, address);
ZEND_METHOD(Event_Socket_Server, close);
ZEND_METHOD(Event_Socket_Server, connectionCount);
ZEND_METHOD(Event_Socket_Server, ref);
ZEND_METHOD(Event_Socket_Server, unref);
ZEND_METHOD(Event_Socket_Server, setSecureContext);


static const zend_function_entry class_Event_Socket_Server_methods[] = {
	ZEND_ME(Event_Socket_Server, __construct, arginfo_class_Event_Socket_Server___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_Socket_Server, listen, arginfo_class_Event_Socket_Server_listen, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Socket_Server, address, arginfo_class_Event_Socket_Server_address, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Socket_Server, close, arginfo_class_Event_Socket_Server_close, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Socket_Server, connectionCount, arginfo_class_Event_Socket_Server_connectionCount, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Socket_Server, ref, arginfo_class_Event_Socket_Server_ref, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Socket_Server, unref, arginfo_class_Event_Socket_Server_unref, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Socket_Server, setSecureContext, arginfo_class_Event_Socket_Server_setSecureContext, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Event_Socket_Server(zend_class_entry *class_entry_Event_Emitter)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event\\Socket", "Server", class_Event_Socket_Server_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Event_Emitter);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
