/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 8e86ee6fb20e405e4399aa0001dc1c37e0650a13 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Event_Serve___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Serve_script, 0, 4, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, script, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, server, IS_ARRAY, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, body, Closure, MAY_BE_STRING, NULL)
	ZEND_ARG_OBJ_INFO(0, res, Event\\HTTP\\Response, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Serve_form, 0, 3, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, contentType, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, body, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, handler, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Serve_request, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, fn, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Serve_limit, 0, 3, IS_MIXED, 0)
	ZEND_ARG_OBJ_INFO(0, res, Event\\HTTP\\Response, 0)
	ZEND_ARG_TYPE_INFO(0, seconds, IS_DOUBLE, 0)
	ZEND_ARG_TYPE_INFO(0, fn, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Event_Serve, __construct);
ZEND_METHOD(Event_Serve, script);
ZEND_METHOD(Event_Serve, form);
ZEND_METHOD(Event_Serve, request);
ZEND_METHOD(Event_Serve, limit);


static const zend_function_entry class_Event_Serve_methods[] = {
	ZEND_ME(Event_Serve, __construct, arginfo_class_Event_Serve___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_Serve, script, arginfo_class_Event_Serve_script, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Serve, form, arginfo_class_Event_Serve_form, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Serve, request, arginfo_class_Event_Serve_request, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Serve, limit, arginfo_class_Event_Serve_limit, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Event_Serve(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event", "Serve", class_Event_Serve_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
