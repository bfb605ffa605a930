/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: c533463fb9e7ff6263d2c344687fac848e7a3fed */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Event_Watcher___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Watcher_cancel, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Watcher_ref, 0, 0, IS_STATIC, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Event_Watcher_unref arginfo_class_Event_Watcher_ref

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Watcher_hasRef, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Event_Watcher, __construct);
ZEND_METHOD(Event_Watcher, cancel);
ZEND_METHOD(Event_Watcher, ref);
ZEND_METHOD(Event_Watcher, unref);
ZEND_METHOD(Event_Watcher, hasRef);


static const zend_function_entry class_Event_Watcher_methods[] = {
	ZEND_ME(Event_Watcher, __construct, arginfo_class_Event_Watcher___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_Watcher, cancel, arginfo_class_Event_Watcher_cancel, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Watcher, ref, arginfo_class_Event_Watcher_ref, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Watcher, unref, arginfo_class_Event_Watcher_unref, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Watcher, hasRef, arginfo_class_Event_Watcher_hasRef, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Event_Watcher(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event", "Watcher", class_Event_Watcher_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
