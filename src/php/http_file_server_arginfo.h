/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 77c545ba30f194346271b68ec607e7c4c10f4c05 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Event_HTTP_FileServer___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, root, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_HTTP_FileServer_handle, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, req, Event\\HTTP\\Request, 0)
	ZEND_ARG_OBJ_INFO(0, res, Event\\HTTP\\Response, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, path, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()


ZEND_METHOD(Event_HTTP_FileServer, __construct);
ZEND_METHOD(Event_HTTP_FileServer, handle);


static const zend_function_entry class_Event_HTTP_FileServer_methods[] = {
	ZEND_ME(Event_HTTP_FileServer, __construct, arginfo_class_Event_HTTP_FileServer___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_FileServer, handle, arginfo_class_Event_HTTP_FileServer_handle, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Event_HTTP_FileServer(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event\\HTTP", "FileServer", class_Event_HTTP_FileServer_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
