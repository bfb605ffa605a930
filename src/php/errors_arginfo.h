/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: bf8afe31f994616a925b9eb6cdcc48154d6424cc */




static const zend_function_entry class_Event_Exception_methods[] = {
	ZEND_FE_END
};

static zend_class_entry *register_class_Event_Exception(zend_class_entry *class_entry_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event", "Exception", class_Event_Exception_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Exception);

	return class_entry;
}
