/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 89b787f66738f06e3357153cbad010d81c3a63b7 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Event_File_ReadStream___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_File_ReadStream_on, 0, 2, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, event, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, listener, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Event_File_ReadStream_once arginfo_class_Event_File_ReadStream_on

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_File_ReadStream_pause, 0, 0, IS_STATIC, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Event_File_ReadStream_resume arginfo_class_Event_File_ReadStream_pause

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_File_ReadStream_pipe, 0, 1, Event\\Emitter, 0)
	ZEND_ARG_OBJ_INFO(0, destination, Event\\Emitter, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_Event_File_ReadStream_destroy arginfo_class_Event_File_ReadStream_pause

#define arginfo_class_Event_File_WriteStream___construct arginfo_class_Event_File_ReadStream___construct

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_File_WriteStream_write, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_File_WriteStream_end, 0, 0, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, data, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, onFinish, IS_CALLABLE, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Event_File_WriteStream_destroy arginfo_class_Event_File_ReadStream_pause


ZEND_METHOD(Event_File_ReadStream, __construct);
ZEND_METHOD(Event_File_ReadStream, on);
ZEND_METHOD(Event_File_ReadStream, once);
ZEND_METHOD(Event_File_ReadStream, pause);
ZEND_METHOD(Event_File_ReadStream, resume);
ZEND_METHOD(Event_File_ReadStream, pipe);
ZEND_METHOD(Event_File_ReadStream, destroy);
ZEND_METHOD(Event_File_WriteStream, __construct);
ZEND_METHOD(Event_File_WriteStream, write);
ZEND_METHOD(Event_File_WriteStream, end);
ZEND_METHOD(Event_File_WriteStream, destroy);


static const zend_function_entry class_Event_File_ReadStream_methods[] = {
	ZEND_ME(Event_File_ReadStream, __construct, arginfo_class_Event_File_ReadStream___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_File_ReadStream, on, arginfo_class_Event_File_ReadStream_on, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_File_ReadStream, once, arginfo_class_Event_File_ReadStream_once, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_File_ReadStream, pause, arginfo_class_Event_File_ReadStream_pause, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_File_ReadStream, resume, arginfo_class_Event_File_ReadStream_resume, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_File_ReadStream, pipe, arginfo_class_Event_File_ReadStream_pipe, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_File_ReadStream, destroy, arginfo_class_Event_File_ReadStream_destroy, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Event_File_WriteStream_methods[] = {
	ZEND_ME(Event_File_WriteStream, __construct, arginfo_class_Event_File_WriteStream___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_File_WriteStream, write, arginfo_class_Event_File_WriteStream_write, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_File_WriteStream, end, arginfo_class_Event_File_WriteStream_end, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_File_WriteStream, destroy, arginfo_class_Event_File_WriteStream_destroy, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Event_File_ReadStream(zend_class_entry *class_entry_Event_Emitter)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event\\File", "ReadStream", class_Event_File_ReadStream_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Event_Emitter);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}

static zend_class_entry *register_class_Event_File_WriteStream(zend_class_entry *class_entry_Event_Emitter)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event\\File", "WriteStream", class_Event_File_WriteStream_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Event_Emitter);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
