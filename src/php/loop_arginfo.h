/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 5a983355a78d587c621dc2d3cb64bdc4888275c7 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Event_Loop___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Loop_run, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Event_Loop_stop arginfo_class_Event_Loop_run

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Loop_now, 0, 0, IS_DOUBLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Loop_defer, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, callback, IS_CALLABLE, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, args, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_Loop_onReadable, 0, 2, Event\\Watcher, 0)
	ZEND_ARG_TYPE_INFO(0, streamOrFd, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, callback, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Event_Loop_onWritable arginfo_class_Event_Loop_onReadable

#define arginfo_class_Event_Loop_runAtExit arginfo_class_Event_Loop_run


ZEND_METHOD(Event_Loop, __construct);
ZEND_METHOD(Event_Loop, run);
ZEND_METHOD(Event_Loop, stop);
ZEND_METHOD(Event_Loop, now);
ZEND_METHOD(Event_Loop, defer);
ZEND_METHOD(Event_Loop, onReadable);
ZEND_METHOD(Event_Loop, onWritable);
ZEND_METHOD(Event_Loop, runAtExit);


static const zend_function_entry class_Event_Loop_methods[] = {
	ZEND_ME(Event_Loop, __construct, arginfo_class_Event_Loop___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_Loop, run, arginfo_class_Event_Loop_run, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Loop, stop, arginfo_class_Event_Loop_stop, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Loop, now, arginfo_class_Event_Loop_now, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Loop, defer, arginfo_class_Event_Loop_defer, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Loop, onReadable, arginfo_class_Event_Loop_onReadable, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Loop, onWritable, arginfo_class_Event_Loop_onWritable, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Loop, runAtExit, arginfo_class_Event_Loop_runAtExit, ZEND_ACC_PRIVATE|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Event_Loop(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event", "Loop", class_Event_Loop_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
