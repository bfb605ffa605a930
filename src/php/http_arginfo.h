/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: c93e53e59a609ee1e2c6d4d75c750d3106ea5336 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Event_HTTP___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_HTTP_createServer, 0, 1, Event\\HTTP\\Server, 0)
	ZEND_ARG_TYPE_MASK(0, options, MAY_BE_ARRAY|MAY_BE_CALLABLE, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, onRequest, IS_CALLABLE, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_HTTP_request, 0, 1, Event\\HTTP\\ClientRequest, 0)
	ZEND_ARG_TYPE_MASK(0, url, MAY_BE_STRING|MAY_BE_ARRAY, NULL)
	ZEND_ARG_TYPE_MASK(0, options, MAY_BE_ARRAY|MAY_BE_CALLABLE|MAY_BE_NULL, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, onResponse, IS_CALLABLE, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Event_HTTP_get arginfo_class_Event_HTTP_request

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_HTTP_fetch, 0, 1, Event\\Promise, 0)
	ZEND_ARG_TYPE_MASK(0, url, MAY_BE_STRING|MAY_BE_ARRAY, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_HTTP_globalAgent, 0, 0, Event\\HTTP\\Agent, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Event_HTTP, __construct);
ZEND_METHOD(Event_HTTP, createServer);
ZEND_METHOD(Event_HTTP, request);
ZEND_METHOD(Event_HTTP, get);
ZEND_METHOD(Event_HTTP, fetch);
ZEND_METHOD(Event_HTTP, globalAgent);


static const zend_function_entry class_Event_HTTP_methods[] = {
	ZEND_ME(Event_HTTP, __construct, arginfo_class_Event_HTTP___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP, createServer, arginfo_class_Event_HTTP_createServer, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_HTTP, request, arginfo_class_Event_HTTP_request, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_HTTP, get, arginfo_class_Event_HTTP_get, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_HTTP, fetch, arginfo_class_Event_HTTP_fetch, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_HTTP, globalAgent, arginfo_class_Event_HTTP_globalAgent, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Event_HTTP(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event", "HTTP", class_Event_HTTP_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
