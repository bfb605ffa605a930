/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 6b94be5668d43e6c0e0bd355a0c542f8b31a9c98 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Event_HTTP___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_HTTP_createServer, 0, 1, Event\\HTTP\\Server, 0)
	ZEND_ARG_TYPE_MASK(0, options, MAY_BE_ARRAY|MAY_BE_CALLABLE, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, onRequest, IS_CALLABLE, 1, "null")
ZEND_END_ARG_INFO()


ZEND_METHOD(Event_HTTP, __construct);
ZEND_METHOD(Event_HTTP, createServer);


static const zend_function_entry class_Event_HTTP_methods[] = {
	ZEND_ME(Event_HTTP, __construct, arginfo_class_Event_HTTP___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP, createServer, arginfo_class_Event_HTTP_createServer, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
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
