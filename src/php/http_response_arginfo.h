/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: cc75f24c8239da940a1a37c04f7ea32de0763763 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Event_HTTP_Response___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_HTTP_Response_setHeader, 0, 2, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
	ZEND_ARG_TYPE_MASK(0, value, MAY_BE_STRING|MAY_BE_LONG|MAY_BE_ARRAY, NULL)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_Event_HTTP_Response_getHeader, 0, 1, MAY_BE_STRING|MAY_BE_ARRAY|MAY_BE_NULL)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_HTTP_Response_getHeaders, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_HTTP_Response_hasHeader, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_HTTP_Response_removeHeader, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_HTTP_Response_writeHead, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, statusCode, IS_LONG, 0)
	ZEND_ARG_TYPE_MASK(0, reasonOrHeaders, MAY_BE_ARRAY|MAY_BE_STRING, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, headers, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_HTTP_Response_write, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, chunk, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_HTTP_Response_end, 0, 0, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, data, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, onFinish, IS_CALLABLE, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_HTTP_Response_writeContinue, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Event_HTTP_Response, __construct);
ZEND_METHOD(Event_HTTP_Response, setHeader);
ZEND_METHOD(Event_HTTP_Response, getHeader);
ZEND_METHOD(Event_HTTP_Response, getHeaders);
ZEND_METHOD(Event_HTTP_Response, hasHeader);
ZEND_METHOD(Event_HTTP_Response, removeHeader);
ZEND_METHOD(Event_HTTP_Response, writeHead);
ZEND_METHOD(Event_HTTP_Response, write);
ZEND_METHOD(Event_HTTP_Response, end);
ZEND_METHOD(Event_HTTP_Response, writeContinue);


static const zend_function_entry class_Event_HTTP_Response_methods[] = {
	ZEND_ME(Event_HTTP_Response, __construct, arginfo_class_Event_HTTP_Response___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_HTTP_Response, setHeader, arginfo_class_Event_HTTP_Response_setHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_Response, getHeader, arginfo_class_Event_HTTP_Response_getHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_Response, getHeaders, arginfo_class_Event_HTTP_Response_getHeaders, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_Response, hasHeader, arginfo_class_Event_HTTP_Response_hasHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_Response, removeHeader, arginfo_class_Event_HTTP_Response_removeHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_Response, writeHead, arginfo_class_Event_HTTP_Response_writeHead, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_Response, write, arginfo_class_Event_HTTP_Response_write, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_Response, end, arginfo_class_Event_HTTP_Response_end, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_Response, writeContinue, arginfo_class_Event_HTTP_Response_writeContinue, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Event_HTTP_Response(zend_class_entry *class_entry_Event_Emitter)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event\\HTTP", "Response", class_Event_HTTP_Response_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Event_Emitter);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
