/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 759b7b3fb75e4e4babfb684d37c0284694c2a6ec */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Event_StreamPipe___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_StreamPipe_onData, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, chunk, IS_MIXED, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, args, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_StreamPipe_onEnd, 0, 0, IS_VOID, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, args, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Event_StreamPipe_onDrain arginfo_class_Event_StreamPipe_onEnd

#define arginfo_class_Event_StreamPipe_onClose arginfo_class_Event_StreamPipe_onEnd


ZEND_METHOD(Event_StreamPipe, __construct);
ZEND_METHOD(Event_StreamPipe, onData);
ZEND_METHOD(Event_StreamPipe, onEnd);
ZEND_METHOD(Event_StreamPipe, onDrain);
ZEND_METHOD(Event_StreamPipe, onClose);


static const zend_function_entry class_Event_StreamPipe_methods[] = {
	ZEND_ME(Event_StreamPipe, __construct, arginfo_class_Event_StreamPipe___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_StreamPipe, onData, arginfo_class_Event_StreamPipe_onData, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_StreamPipe, onEnd, arginfo_class_Event_StreamPipe_onEnd, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_StreamPipe, onDrain, arginfo_class_Event_StreamPipe_onDrain, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_StreamPipe, onClose, arginfo_class_Event_StreamPipe_onClose, ZEND_ACC_PRIVATE)
	ZEND_FE_END
};

static zend_class_entry *register_class_Event_StreamPipe(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event", "StreamPipe", class_Event_StreamPipe_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
