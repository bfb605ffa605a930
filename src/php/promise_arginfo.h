/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 4753ffff6f51dfd235588a83b2230718ce5fad9b */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Event_Promise___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, executor, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_Promise_then, 0, 0, Event\\Promise, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, onFulfilled, IS_CALLABLE, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, onRejected, IS_CALLABLE, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_Promise_catch, 0, 1, Event\\Promise, 0)
	ZEND_ARG_TYPE_INFO(0, onRejected, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_Promise_finally, 0, 1, Event\\Promise, 0)
	ZEND_ARG_TYPE_INFO(0, onFinally, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Promise_state, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_Promise_resolve, 0, 0, Event\\Promise, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, value, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_Promise_reject, 0, 1, Event\\Promise, 0)
	ZEND_ARG_OBJ_INFO(0, reason, Throwable, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_Promise_all, 0, 1, Event\\Promise, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, promises, Traversable, MAY_BE_ARRAY, NULL)
ZEND_END_ARG_INFO()

#define arginfo_class_Event_Promise_allSettled arginfo_class_Event_Promise_all

#define arginfo_class_Event_Promise_any arginfo_class_Event_Promise_all

#define arginfo_class_Event_Promise_race arginfo_class_Event_Promise_all

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Promise_resolver, 0, 0, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, value, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Promise_rejecter, 0, 0, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, reason, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Promise_run, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, fn, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO(0, args, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Promise_settle, 0, 0, IS_VOID, 0)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, error, Throwable, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, value, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Promise_settleExec, 0, 4, IS_VOID, 0)
	ZEND_ARG_OBJ_INFO(0, error, Throwable, 1)
	ZEND_ARG_TYPE_INFO(0, stdout, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, stderr, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, code, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Promise_fulfillPreset, 0, 0, IS_VOID, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, ignored, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Promise_work, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_AggregateException_getErrors, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Event_Promise, __construct);
ZEND_METHOD(Event_Promise, then);
ZEND_METHOD(Event_Promise, catch);
ZEND_METHOD(Event_Promise, finally);
ZEND_METHOD(Event_Promise, state);
ZEND_METHOD(Event_Promise, resolve);
ZEND_METHOD(Event_Promise, reject);
ZEND_METHOD(Event_Promise, all);
ZEND_METHOD(Event_Promise, allSettled);
ZEND_METHOD(Event_Promise, any);
ZEND_METHOD(Event_Promise, race);
ZEND_METHOD(Event_Promise, resolver);
ZEND_METHOD(Event_Promise, rejecter);
ZEND_METHOD(Event_Promise, run);
ZEND_METHOD(Event_Promise, settle);
ZEND_METHOD(Event_Promise, settleExec);
ZEND_METHOD(Event_Promise, fulfillPreset);
ZEND_METHOD(Event_Promise, work);
ZEND_METHOD(Event_AggregateException, getErrors);


static const zend_function_entry class_Event_Promise_methods[] = {
	ZEND_ME(Event_Promise, __construct, arginfo_class_Event_Promise___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Promise, then, arginfo_class_Event_Promise_then, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Promise, catch, arginfo_class_Event_Promise_catch, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Promise, finally, arginfo_class_Event_Promise_finally, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Promise, state, arginfo_class_Event_Promise_state, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Promise, resolve, arginfo_class_Event_Promise_resolve, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Promise, reject, arginfo_class_Event_Promise_reject, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Promise, all, arginfo_class_Event_Promise_all, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Promise, allSettled, arginfo_class_Event_Promise_allSettled, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Promise, any, arginfo_class_Event_Promise_any, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Promise, race, arginfo_class_Event_Promise_race, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Promise, resolver, arginfo_class_Event_Promise_resolver, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_Promise, rejecter, arginfo_class_Event_Promise_rejecter, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_Promise, run, arginfo_class_Event_Promise_run, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_Promise, settle, arginfo_class_Event_Promise_settle, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_Promise, settleExec, arginfo_class_Event_Promise_settleExec, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_Promise, fulfillPreset, arginfo_class_Event_Promise_fulfillPreset, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_Promise, work, arginfo_class_Event_Promise_work, ZEND_ACC_PRIVATE|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_Event_AggregateException_methods[] = {
	ZEND_ME(Event_AggregateException, getErrors, arginfo_class_Event_AggregateException_getErrors, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Event_Promise(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event", "Promise", class_Event_Promise_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}

static zend_class_entry *register_class_Event_AggregateException(zend_class_entry *class_entry_Event_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event", "AggregateException", class_Event_AggregateException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Event_Exception);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	zval property_errors_default_value;
	ZVAL_EMPTY_ARRAY(&property_errors_default_value);
	zend_string *property_errors_name = zend_string_init("errors", sizeof("errors") - 1, 1);
	zend_declare_typed_property(class_entry, property_errors_name, &property_errors_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_errors_name);

	return class_entry;
}
