/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 243c3409e37cabf13240b96f136a5de5d7769a0b */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Emitter_on, 0, 2, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, event, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, listener, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Event_Emitter_once arginfo_class_Event_Emitter_on

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Emitter_off, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, event, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, listener, IS_CALLABLE, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Emitter_emit, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, event, IS_STRING, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, args, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Emitter_listenerCount, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, event, IS_STRING, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Event_Emitter, on);
ZEND_METHOD(Event_Emitter, once);
ZEND_METHOD(Event_Emitter, off);
ZEND_METHOD(Event_Emitter, emit);
ZEND_METHOD(Event_Emitter, listenerCount);


static const zend_function_entry class_Event_Emitter_methods[] = {
	ZEND_ME(Event_Emitter, on, arginfo_class_Event_Emitter_on, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Emitter, once, arginfo_class_Event_Emitter_once, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Emitter, off, arginfo_class_Event_Emitter_off, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Emitter, emit, arginfo_class_Event_Emitter_emit, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Emitter, listenerCount, arginfo_class_Event_Emitter_listenerCount, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Event_Emitter(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event", "Emitter", class_Event_Emitter_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	return class_entry;
}
