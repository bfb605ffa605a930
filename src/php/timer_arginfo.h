/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 96c66748f6b129d342a626680f83f1ac8a01799a */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Event_Timer___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_Timer_after, 0, 2, Event\\Timer, 0)
	ZEND_ARG_TYPE_INFO(0, ms, IS_DOUBLE, 0)
	ZEND_ARG_TYPE_INFO(0, callback, IS_CALLABLE, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, args, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Event_Timer_every arginfo_class_Event_Timer_after

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Timer_cancel, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Timer_refresh, 0, 0, IS_STATIC, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Event_Timer_unref arginfo_class_Event_Timer_refresh

#define arginfo_class_Event_Timer_ref arginfo_class_Event_Timer_refresh

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Timer_hasRef, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Event_Timer, __construct);
ZEND_METHOD(Event_Timer, after);
ZEND_METHOD(Event_Timer, every);
ZEND_METHOD(Event_Timer, cancel);
ZEND_METHOD(Event_Timer, refresh);
ZEND_METHOD(Event_Timer, unref);
ZEND_METHOD(Event_Timer, ref);
ZEND_METHOD(Event_Timer, hasRef);


static const zend_function_entry class_Event_Timer_methods[] = {
	ZEND_ME(Event_Timer, __construct, arginfo_class_Event_Timer___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_Timer, after, arginfo_class_Event_Timer_after, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Timer, every, arginfo_class_Event_Timer_every, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Timer, cancel, arginfo_class_Event_Timer_cancel, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Timer, refresh, arginfo_class_Event_Timer_refresh, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Timer, unref, arginfo_class_Event_Timer_unref, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Timer, ref, arginfo_class_Event_Timer_ref, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Timer, hasRef, arginfo_class_Event_Timer_hasRef, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Event_Timer(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event", "Timer", class_Event_Timer_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
