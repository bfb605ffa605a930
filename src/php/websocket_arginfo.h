/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 29b3836fe912bbd67b5e889e37dddb4431bee695 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Event_WebSocket___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_WebSocket_connect, 0, 1, Event\\WebSocket, 0)
	ZEND_ARG_TYPE_INFO(0, url, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_WebSocket_send, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, binary, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_WebSocket_ping, 0, 0, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, data, IS_STRING, 0, "\"\"")
ZEND_END_ARG_INFO()

#define arginfo_class_Event_WebSocket_pong arginfo_class_Event_WebSocket_ping

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_WebSocket_close, 0, 0, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, code, IS_LONG, 0, "1000")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, reason, IS_STRING, 0, "\"\"")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_WebSocket_terminate, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Event_WebSocket, __construct);
ZEND_METHOD(Event_WebSocket, connect);
ZEND_METHOD(Event_WebSocket, send);
ZEND_METHOD(Event_WebSocket, ping);
ZEND_METHOD(Event_WebSocket, pong);
ZEND_METHOD(Event_WebSocket, close);
ZEND_METHOD(Event_WebSocket, terminate);


static const zend_function_entry class_Event_WebSocket_methods[] = {
	ZEND_ME(Event_WebSocket, __construct, arginfo_class_Event_WebSocket___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_WebSocket, connect, arginfo_class_Event_WebSocket_connect, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_WebSocket, send, arginfo_class_Event_WebSocket_send, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_WebSocket, ping, arginfo_class_Event_WebSocket_ping, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_WebSocket, pong, arginfo_class_Event_WebSocket_pong, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_WebSocket, close, arginfo_class_Event_WebSocket_close, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_WebSocket, terminate, arginfo_class_Event_WebSocket_terminate, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Event_WebSocket(zend_class_entry *class_entry_Event_Emitter)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event", "WebSocket", class_Event_WebSocket_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Event_Emitter);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	zval const_CONNECTING_value;
	ZVAL_LONG(&const_CONNECTING_value, 0);
	zend_string *const_CONNECTING_name = zend_string_init_interned("CONNECTING", sizeof("CONNECTING") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CONNECTING_name, &const_CONNECTING_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CONNECTING_name);

	zval const_OPEN_value;
	ZVAL_LONG(&const_OPEN_value, 1);
	zend_string *const_OPEN_name = zend_string_init_interned("OPEN", sizeof("OPEN") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPEN_name, &const_OPEN_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPEN_name);

	zval const_CLOSING_value;
	ZVAL_LONG(&const_CLOSING_value, 2);
	zend_string *const_CLOSING_name = zend_string_init_interned("CLOSING", sizeof("CLOSING") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CLOSING_name, &const_CLOSING_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CLOSING_name);

	zval const_CLOSED_value;
	ZVAL_LONG(&const_CLOSED_value, 3);
	zend_string *const_CLOSED_name = zend_string_init_interned("CLOSED", sizeof("CLOSED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CLOSED_name, &const_CLOSED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CLOSED_name);

	return class_entry;
}
