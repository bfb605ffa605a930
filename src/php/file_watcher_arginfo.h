/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: ae45556d3593791f0b4b6450b679be0ba9a52e39 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Event_File_Watcher___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_File_Watcher_close, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_File_Watcher_ref, 0, 0, IS_STATIC, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Event_File_Watcher_unref arginfo_class_Event_File_Watcher_ref


ZEND_METHOD(Event_File_Watcher, __construct);
ZEND_METHOD(Event_File_Watcher, close);
ZEND_METHOD(Event_File_Watcher, ref);
ZEND_METHOD(Event_File_Watcher, unref);


static const zend_function_entry class_Event_File_Watcher_methods[] = {
	ZEND_ME(Event_File_Watcher, __construct, arginfo_class_Event_File_Watcher___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_File_Watcher, close, arginfo_class_Event_File_Watcher_close, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_File_Watcher, ref, arginfo_class_Event_File_Watcher_ref, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_File_Watcher, unref, arginfo_class_Event_File_Watcher_unref, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Event_File_Watcher(zend_class_entry *class_entry_Event_Emitter)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event\\File", "Watcher", class_Event_File_Watcher_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Event_Emitter);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
