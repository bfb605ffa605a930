/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 29187d8fb7f78074c7d2e56766649fbbf24f7447 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Event_WebSocket_Server___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, options, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_WebSocket_Server_handleUpgrade, 0, 3, IS_VOID, 0)
	ZEND_ARG_OBJ_INFO(0, request, Event\\HTTP\\Request, 0)
	ZEND_ARG_OBJ_INFO(0, socket, Event\\Socket, 0)
	ZEND_ARG_TYPE_INFO(0, head, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_WebSocket_Server_address, 0, 0, IS_ARRAY, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_WebSocket_Server_clientCount, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_WebSocket_Server_close, 0, 0, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, onClose, IS_CALLABLE, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Event_WebSocket_Server_onUpgrade arginfo_class_Event_WebSocket_Server_handleUpgrade

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_WebSocket_Server_onRequest, 0, 2, IS_VOID, 0)
	ZEND_ARG_OBJ_INFO(0, request, Event\\HTTP\\Request, 0)
	ZEND_ARG_OBJ_INFO(0, response, Event\\HTTP\\Response, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_WebSocket_Server_onListening, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Event_WebSocket_Server, __construct);
ZEND_METHOD(Event_WebSocket_Server, handleUpgrade);
ZEND_METHOD(Event_WebSocket_Server, address);
ZEND_METHOD(Event_WebSocket_Server, clientCount);
ZEND_METHOD(Event_WebSocket_Server, close);
ZEND_METHOD(Event_WebSocket_Server, onUpgrade);
ZEND_METHOD(Event_WebSocket_Server, onRequest);
ZEND_METHOD(Event_WebSocket_Server, onListening);


static const zend_function_entry class_Event_WebSocket_Server_methods[] = {
	ZEND_ME(Event_WebSocket_Server, __construct, arginfo_class_Event_WebSocket_Server___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_WebSocket_Server, handleUpgrade, arginfo_class_Event_WebSocket_Server_handleUpgrade, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_WebSocket_Server, address, arginfo_class_Event_WebSocket_Server_address, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_WebSocket_Server, clientCount, arginfo_class_Event_WebSocket_Server_clientCount, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_WebSocket_Server, close, arginfo_class_Event_WebSocket_Server_close, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_WebSocket_Server, onUpgrade, arginfo_class_Event_WebSocket_Server_onUpgrade, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_WebSocket_Server, onRequest, arginfo_class_Event_WebSocket_Server_onRequest, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_WebSocket_Server, onListening, arginfo_class_Event_WebSocket_Server_onListening, ZEND_ACC_PRIVATE)
	ZEND_FE_END
};

static zend_class_entry *register_class_Event_WebSocket_Server(zend_class_entry *class_entry_Event_Emitter)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event\\WebSocket", "Server", class_Event_WebSocket_Server_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Event_Emitter);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
