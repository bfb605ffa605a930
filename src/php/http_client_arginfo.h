/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 059f5f4a4a08513d4fcf25cb99259e94eeba8b4c */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Event_HTTP_ClientRequest___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_HTTP_ClientRequest_setHeader, 0, 2, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
	ZEND_ARG_TYPE_MASK(0, value, MAY_BE_STRING|MAY_BE_LONG|MAY_BE_DOUBLE|MAY_BE_ARRAY, NULL)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_Event_HTTP_ClientRequest_getHeader, 0, 1, MAY_BE_STRING|MAY_BE_ARRAY|MAY_BE_NULL)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_HTTP_ClientRequest_hasHeader, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_HTTP_ClientRequest_removeHeader, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_HTTP_ClientRequest_getHeaders, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_HTTP_ClientRequest_write, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, chunk, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_HTTP_ClientRequest_end, 0, 0, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, data, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, callback, IS_CALLABLE, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_HTTP_ClientRequest_abort, 0, 0, IS_STATIC, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_HTTP_ClientRequest_destroy, 0, 0, IS_STATIC, 0)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, error, Throwable, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_HTTP_ClientRequest_setTimeout, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, ms, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, callback, IS_CALLABLE, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Event_HTTP_IncomingMessage___construct arginfo_class_Event_HTTP_ClientRequest___construct

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_HTTP_IncomingMessage_on, 0, 2, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, event, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, listener, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Event_HTTP_IncomingMessage_once arginfo_class_Event_HTTP_IncomingMessage_on

#define arginfo_class_Event_HTTP_IncomingMessage_pause arginfo_class_Event_HTTP_ClientRequest_abort

#define arginfo_class_Event_HTTP_IncomingMessage_resume arginfo_class_Event_HTTP_ClientRequest_abort

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_HTTP_IncomingMessage_pipe, 0, 1, Event\\Emitter, 0)
	ZEND_ARG_OBJ_INFO(0, destination, Event\\Emitter, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_HTTP_IncomingMessage_body, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, callback, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_HTTP_IncomingMessage_text, 0, 0, Event\\Promise, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Event_HTTP_IncomingMessage_json arginfo_class_Event_HTTP_IncomingMessage_text

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Event_HTTP_Agent___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_HTTP_Agent_destroy, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Event_HTTP_Agent_sockets arginfo_class_Event_HTTP_ClientRequest_getHeaders


ZEND_METHOD(Event_HTTP_ClientRequest, __construct);
ZEND_METHOD(Event_HTTP_ClientRequest, setHeader);
ZEND_METHOD(Event_HTTP_ClientRequest, getHeader);
ZEND_METHOD(Event_HTTP_ClientRequest, hasHeader);
ZEND_METHOD(Event_HTTP_ClientRequest, removeHeader);
ZEND_METHOD(Event_HTTP_ClientRequest, getHeaders);
ZEND_METHOD(Event_HTTP_ClientRequest, write);
ZEND_METHOD(Event_HTTP_ClientRequest, end);
ZEND_METHOD(Event_HTTP_ClientRequest, abort);
ZEND_METHOD(Event_HTTP_ClientRequest, destroy);
ZEND_METHOD(Event_HTTP_ClientRequest, setTimeout);
ZEND_METHOD(Event_HTTP_IncomingMessage, __construct);
ZEND_METHOD(Event_HTTP_IncomingMessage, on);
ZEND_METHOD(Event_HTTP_IncomingMessage, once);
ZEND_METHOD(Event_HTTP_IncomingMessage, pause);
ZEND_METHOD(Event_HTTP_IncomingMessage, resume);
ZEND_METHOD(Event_HTTP_IncomingMessage, pipe);
ZEND_METHOD(Event_HTTP_IncomingMessage, body);
ZEND_METHOD(Event_HTTP_IncomingMessage, text);
ZEND_METHOD(Event_HTTP_IncomingMessage, json);
ZEND_METHOD(Event_HTTP_Agent, __construct);
ZEND_METHOD(Event_HTTP_Agent, destroy);
ZEND_METHOD(Event_HTTP_Agent, sockets);


static const zend_function_entry class_Event_HTTP_ClientRequest_methods[] = {
	ZEND_ME(Event_HTTP_ClientRequest, __construct, arginfo_class_Event_HTTP_ClientRequest___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_HTTP_ClientRequest, setHeader, arginfo_class_Event_HTTP_ClientRequest_setHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_ClientRequest, getHeader, arginfo_class_Event_HTTP_ClientRequest_getHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_ClientRequest, hasHeader, arginfo_class_Event_HTTP_ClientRequest_hasHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_ClientRequest, removeHeader, arginfo_class_Event_HTTP_ClientRequest_removeHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_ClientRequest, getHeaders, arginfo_class_Event_HTTP_ClientRequest_getHeaders, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_ClientRequest, write, arginfo_class_Event_HTTP_ClientRequest_write, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_ClientRequest, end, arginfo_class_Event_HTTP_ClientRequest_end, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_ClientRequest, abort, arginfo_class_Event_HTTP_ClientRequest_abort, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_ClientRequest, destroy, arginfo_class_Event_HTTP_ClientRequest_destroy, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_ClientRequest, setTimeout, arginfo_class_Event_HTTP_ClientRequest_setTimeout, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Event_HTTP_IncomingMessage_methods[] = {
	ZEND_ME(Event_HTTP_IncomingMessage, __construct, arginfo_class_Event_HTTP_IncomingMessage___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_HTTP_IncomingMessage, on, arginfo_class_Event_HTTP_IncomingMessage_on, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_IncomingMessage, once, arginfo_class_Event_HTTP_IncomingMessage_once, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_IncomingMessage, pause, arginfo_class_Event_HTTP_IncomingMessage_pause, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_IncomingMessage, resume, arginfo_class_Event_HTTP_IncomingMessage_resume, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_IncomingMessage, pipe, arginfo_class_Event_HTTP_IncomingMessage_pipe, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_IncomingMessage, body, arginfo_class_Event_HTTP_IncomingMessage_body, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_IncomingMessage, text, arginfo_class_Event_HTTP_IncomingMessage_text, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_IncomingMessage, json, arginfo_class_Event_HTTP_IncomingMessage_json, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Event_HTTP_Agent_methods[] = {
	ZEND_ME(Event_HTTP_Agent, __construct, arginfo_class_Event_HTTP_Agent___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_Agent, destroy, arginfo_class_Event_HTTP_Agent_destroy, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_Agent, sockets, arginfo_class_Event_HTTP_Agent_sockets, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Event_HTTP_ClientRequest(zend_class_entry *class_entry_Event_Emitter)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event\\HTTP", "ClientRequest", class_Event_HTTP_ClientRequest_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Event_Emitter);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}

static zend_class_entry *register_class_Event_HTTP_IncomingMessage(zend_class_entry *class_entry_Event_Emitter)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event\\HTTP", "IncomingMessage", class_Event_HTTP_IncomingMessage_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Event_Emitter);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}

static zend_class_entry *register_class_Event_HTTP_Agent(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event\\HTTP", "Agent", class_Event_HTTP_Agent_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
