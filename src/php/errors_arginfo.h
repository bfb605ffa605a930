/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 4c9d2a197eb263ccaae966ee4724d7cd52393b53 */




static const zend_function_entry class_Event_Exception_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Event_SocketException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Event_DnsException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Event_WebSocketException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Event_HttpException_methods[] = {
	ZEND_FE_END
};

static zend_class_entry *register_class_Event_Exception(zend_class_entry *class_entry_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event", "Exception", class_Event_Exception_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Exception);

	return class_entry;
}

static zend_class_entry *register_class_Event_SocketException(zend_class_entry *class_entry_Event_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event", "SocketException", class_Event_SocketException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Event_Exception);

	return class_entry;
}

static zend_class_entry *register_class_Event_DnsException(zend_class_entry *class_entry_Event_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event", "DnsException", class_Event_DnsException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Event_Exception);

	return class_entry;
}

static zend_class_entry *register_class_Event_WebSocketException(zend_class_entry *class_entry_Event_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event", "WebSocketException", class_Event_WebSocketException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Event_Exception);

	return class_entry;
}

static zend_class_entry *register_class_Event_HttpException(zend_class_entry *class_entry_Event_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event", "HttpException", class_Event_HttpException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Event_Exception);

	return class_entry;
}
