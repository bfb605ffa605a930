/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: f11491fa943dc69fe91b3b2a748fe8dfa27261d9 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Event_HTTP_Request___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_HTTP_Request_on, 0, 2, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, event, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, listener, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Event_HTTP_Request_once arginfo_class_Event_HTTP_Request_on

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_HTTP_Request_pause, 0, 0, IS_STATIC, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Event_HTTP_Request_resume arginfo_class_Event_HTTP_Request_pause

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_HTTP_Request_pipe, 0, 1, Event\\Emitter, 0)
	ZEND_ARG_OBJ_INFO(0, destination, Event\\Emitter, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_HTTP_Request_body, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, callback, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Event_HTTP_Request, __construct);
ZEND_METHOD(Event_HTTP_Request, on);
ZEND_METHOD(Event_HTTP_Request, once);
ZEND_METHOD(Event_HTTP_Request, pause);
ZEND_METHOD(Event_HTTP_Request, resume);
ZEND_METHOD(Event_HTTP_Request, pipe);
ZEND_METHOD(Event_HTTP_Request, body);


static const zend_function_entry class_Event_HTTP_Request_methods[] = {
	ZEND_ME(Event_HTTP_Request, __construct, arginfo_class_Event_HTTP_Request___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_HTTP_Request, on, arginfo_class_Event_HTTP_Request_on, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_Request, once, arginfo_class_Event_HTTP_Request_once, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_Request, pause, arginfo_class_Event_HTTP_Request_pause, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_Request, resume, arginfo_class_Event_HTTP_Request_resume, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_Request, pipe, arginfo_class_Event_HTTP_Request_pipe, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_HTTP_Request, body, arginfo_class_Event_HTTP_Request_body, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Event_HTTP_Request(zend_class_entry *class_entry_Event_Emitter)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event\\HTTP", "Request", class_Event_HTTP_Request_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Event_Emitter);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
