/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 9f75794e59b142b19daa70f602bad301b32bc453 */




static const zend_function_entry class_Event_Exception_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Event_SocketException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Event_DnsException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Event_TLSException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Event_WebSocketException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Event_HttpException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Event_ProcessException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Event_FileException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Event_PostgresException_methods[] = {
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

static zend_class_entry *register_class_Event_TLSException(zend_class_entry *class_entry_Event_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event", "TLSException", class_Event_TLSException_methods);
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

static zend_class_entry *register_class_Event_ProcessException(zend_class_entry *class_entry_Event_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event", "ProcessException", class_Event_ProcessException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Event_Exception);

	zval property_signal_default_value;
	ZVAL_NULL(&property_signal_default_value);
	zend_string *property_signal_name = zend_string_init("signal", sizeof("signal") - 1, 1);
	zend_declare_typed_property(class_entry, property_signal_name, &property_signal_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_signal_name);

	zval property_killed_default_value;
	ZVAL_FALSE(&property_killed_default_value);
	zend_string *property_killed_name = zend_string_init("killed", sizeof("killed") - 1, 1);
	zend_declare_typed_property(class_entry, property_killed_name, &property_killed_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_killed_name);

	return class_entry;
}

static zend_class_entry *register_class_Event_FileException(zend_class_entry *class_entry_Event_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event", "FileException", class_Event_FileException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Event_Exception);

	zval property_syscall_default_value;
	ZVAL_EMPTY_STRING(&property_syscall_default_value);
	zend_string *property_syscall_name = zend_string_init("syscall", sizeof("syscall") - 1, 1);
	zend_declare_typed_property(class_entry, property_syscall_name, &property_syscall_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_syscall_name);

	zval property_path_default_value;
	ZVAL_EMPTY_STRING(&property_path_default_value);
	zend_string *property_path_name = zend_string_init("path", sizeof("path") - 1, 1);
	zend_declare_typed_property(class_entry, property_path_name, &property_path_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_path_name);

	zval property_errno_default_value;
	ZVAL_LONG(&property_errno_default_value, 0);
	zend_string *property_errno_name = zend_string_init("errno", sizeof("errno") - 1, 1);
	zend_declare_typed_property(class_entry, property_errno_name, &property_errno_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_errno_name);

	return class_entry;
}

static zend_class_entry *register_class_Event_PostgresException(zend_class_entry *class_entry_Event_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event", "PostgresException", class_Event_PostgresException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Event_Exception);

	zval property_sqlState_default_value;
	ZVAL_EMPTY_STRING(&property_sqlState_default_value);
	zend_string *property_sqlState_name = zend_string_init("sqlState", sizeof("sqlState") - 1, 1);
	zend_declare_typed_property(class_entry, property_sqlState_name, &property_sqlState_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_sqlState_name);

	zval property_detail_default_value;
	ZVAL_NULL(&property_detail_default_value);
	zend_string *property_detail_name = zend_string_init("detail", sizeof("detail") - 1, 1);
	zend_declare_typed_property(class_entry, property_detail_name, &property_detail_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_detail_name);

	zval property_hint_default_value;
	ZVAL_NULL(&property_hint_default_value);
	zend_string *property_hint_name = zend_string_init("hint", sizeof("hint") - 1, 1);
	zend_declare_typed_property(class_entry, property_hint_name, &property_hint_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_hint_name);

	return class_entry;
}
