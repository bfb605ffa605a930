/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: f3439acd3d35fb96503ade6e84cee0c23ca27ea6 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Event_Datagram___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_Datagram_bind, 0, 0, Event\\Datagram, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, port, IS_LONG, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, host, IS_STRING, 0, "\'0.0.0.0\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Datagram_address, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Datagram_send, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, message, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, port, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, host, IS_STRING, 0, "\'127.0.0.1\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Datagram_close, 0, 0, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, onClose, IS_CALLABLE, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Datagram_ref, 0, 0, IS_STATIC, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Event_Datagram_unref arginfo_class_Event_Datagram_ref


ZEND_METHOD(Event_Datagram, __construct);
ZEND_METHOD(Event_Datagram, bind);
ZEND_METHOD(Event_Datagram, address);
ZEND_METHOD(Event_Datagram, send);
ZEND_METHOD(Event_Datagram, close);
ZEND_METHOD(Event_Datagram, ref);
ZEND_METHOD(Event_Datagram, unref);


static const zend_function_entry class_Event_Datagram_methods[] = {
	ZEND_ME(Event_Datagram, __construct, arginfo_class_Event_Datagram___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_Datagram, bind, arginfo_class_Event_Datagram_bind, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Datagram, address, arginfo_class_Event_Datagram_address, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Datagram, send, arginfo_class_Event_Datagram_send, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Datagram, close, arginfo_class_Event_Datagram_close, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Datagram, ref, arginfo_class_Event_Datagram_ref, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Datagram, unref, arginfo_class_Event_Datagram_unref, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Event_Datagram(zend_class_entry *class_entry_Event_Emitter)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event", "Datagram", class_Event_Datagram_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Event_Emitter);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
