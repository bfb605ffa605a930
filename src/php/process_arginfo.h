/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 2c80c8327d64ecaf389e5cf16b0b2b9ab27eb20d */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Event_Process___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_Process_spawn, 0, 1, Event\\Process, 0)
	ZEND_ARG_TYPE_INFO(0, file, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, args, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Process_exec, 0, 3, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, file, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, args, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, done, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_Process_execAsync, 0, 1, Event\\Promise, 0)
	ZEND_ARG_TYPE_INFO(0, file, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, args, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Process_pid, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Process_kill, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_MASK(0, signal, MAY_BE_LONG|MAY_BE_STRING, "\'SIGTERM\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Process_ref, 0, 0, IS_STATIC, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Event_Process_unref arginfo_class_Event_Process_ref


ZEND_METHOD(Event_Process, __construct);
ZEND_METHOD(Event_Process, spawn);
ZEND_METHOD(Event_Process, exec);
ZEND_METHOD(Event_Process, execAsync);
ZEND_METHOD(Event_Process, pid);
ZEND_METHOD(Event_Process, kill);
ZEND_METHOD(Event_Process, ref);
ZEND_METHOD(Event_Process, unref);


static const zend_function_entry class_Event_Process_methods[] = {
	ZEND_ME(Event_Process, __construct, arginfo_class_Event_Process___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_Process, spawn, arginfo_class_Event_Process_spawn, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Process, exec, arginfo_class_Event_Process_exec, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Process, execAsync, arginfo_class_Event_Process_execAsync, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Process, pid, arginfo_class_Event_Process_pid, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Process, kill, arginfo_class_Event_Process_kill, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Process, ref, arginfo_class_Event_Process_ref, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Process, unref, arginfo_class_Event_Process_unref, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Event_Process(zend_class_entry *class_entry_Event_Emitter)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event", "Process", class_Event_Process_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Event_Emitter);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
