/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 260610b4d5fa501bedb16228b8776df32fe1239c */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Event_Postgres___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_Postgres_connect, 0, 1, Event\\Postgres, 0)
	ZEND_ARG_TYPE_INFO(0, conninfo, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_Postgres_query, 0, 1, Event\\Promise, 0)
	ZEND_ARG_TYPE_INFO(0, sql, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, params, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_Postgres_transaction, 0, 1, Event\\Promise, 0)
	ZEND_ARG_TYPE_INFO(0, fn, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_Postgres_close, 0, 0, Event\\Promise, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Event_Postgres_Transaction___construct arginfo_class_Event_Postgres___construct

#define arginfo_class_Event_Postgres_Transaction_query arginfo_class_Event_Postgres_query


ZEND_METHOD(Event_Postgres, __construct);
ZEND_METHOD(Event_Postgres, connect);
ZEND_METHOD(Event_Postgres, query);
ZEND_METHOD(Event_Postgres, transaction);
ZEND_METHOD(Event_Postgres, close);
ZEND_METHOD(Event_Postgres_Transaction, __construct);
ZEND_METHOD(Event_Postgres_Transaction, query);


static const zend_function_entry class_Event_Postgres_methods[] = {
	ZEND_ME(Event_Postgres, __construct, arginfo_class_Event_Postgres___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_Postgres, connect, arginfo_class_Event_Postgres_connect, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Postgres, query, arginfo_class_Event_Postgres_query, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Postgres, transaction, arginfo_class_Event_Postgres_transaction, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_Postgres, close, arginfo_class_Event_Postgres_close, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Event_Postgres_Transaction_methods[] = {
	ZEND_ME(Event_Postgres_Transaction, __construct, arginfo_class_Event_Postgres_Transaction___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_Postgres_Transaction, query, arginfo_class_Event_Postgres_Transaction_query, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Event_Postgres(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event", "Postgres", class_Event_Postgres_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}

static zend_class_entry *register_class_Event_Postgres_Transaction(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event\\Postgres", "Transaction", class_Event_Postgres_Transaction_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
