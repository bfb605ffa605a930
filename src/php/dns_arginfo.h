/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 63075ca2a03cbf7d8ddd12feee7f9c9e372e4971 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Event_Dns___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_Dns_lookup, 0, 1, Event\\Promise, 0)
	ZEND_ARG_TYPE_INFO(0, host, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()


ZEND_METHOD(Event_Dns, __construct);
ZEND_METHOD(Event_Dns, lookup);


static const zend_function_entry class_Event_Dns_methods[] = {
	ZEND_ME(Event_Dns, __construct, arginfo_class_Event_Dns___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_Dns, lookup, arginfo_class_Event_Dns_lookup, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Event_Dns(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event", "Dns", class_Event_Dns_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
