/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: ee889d5ad3e69bb708c0d5f170d1560aab43b274 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Event_Signal___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_Signal_on, 0, 2, Event\\Signal, 0)
	ZEND_ARG_TYPE_MASK(0, signal, MAY_BE_LONG|MAY_BE_STRING, NULL)
	ZEND_ARG_TYPE_INFO(0, listener, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Signal_close, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Signal_ref, 0, 0, IS_STATIC, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Event_Signal_unref arginfo_class_Event_Signal_ref

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Signal_hasRef, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Event_Signal, __construct);
ZEND_METHOD(Event_Signal, on);
ZEND_METHOD(Event_Signal, close);
ZEND_METHOD(Event_Signal, ref);
ZEND_METHOD(Event_Signal, unref);
ZEND_METHOD(Event_Signal, hasRef);


static const zend_function_entry class_Event_Signal_methods[] = {
	ZEND_ME(Event_Signal, __construct, arginfo_class_Event_Signal___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_Signal, on, arginfo_class_Event_Signal_on, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Signal, close, arginfo_class_Event_Signal_close, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Signal, ref, arginfo_class_Event_Signal_ref, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Signal, unref, arginfo_class_Event_Signal_unref, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Signal, hasRef, arginfo_class_Event_Signal_hasRef, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Event_Signal(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event", "Signal", class_Event_Signal_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
