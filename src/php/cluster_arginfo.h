/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 195e114343787bac32fdf57470b97f976f0ceebc */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Event_Cluster___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Cluster_isWorker, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Cluster_workerId, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Event_Cluster_workers arginfo_class_Event_Cluster_workerId

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Cluster_ownerOf, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, workers, IS_LONG, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Cluster_send, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, workerId, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, message, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Cluster_on, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, event, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, listener, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Cluster_off, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, event, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, listener, IS_CALLABLE, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_Cluster_primary, 0, 2, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, command, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, workers, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, watch, IS_STRING, 0, "\"\"")
ZEND_END_ARG_INFO()


ZEND_METHOD(Event_Cluster, __construct);
ZEND_METHOD(Event_Cluster, isWorker);
ZEND_METHOD(Event_Cluster, workerId);
ZEND_METHOD(Event_Cluster, workers);
ZEND_METHOD(Event_Cluster, ownerOf);
ZEND_METHOD(Event_Cluster, send);
ZEND_METHOD(Event_Cluster, on);
ZEND_METHOD(Event_Cluster, off);
ZEND_METHOD(Event_Cluster, primary);


static const zend_function_entry class_Event_Cluster_methods[] = {
	ZEND_ME(Event_Cluster, __construct, arginfo_class_Event_Cluster___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_Cluster, isWorker, arginfo_class_Event_Cluster_isWorker, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Cluster, workerId, arginfo_class_Event_Cluster_workerId, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Cluster, workers, arginfo_class_Event_Cluster_workers, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Cluster, ownerOf, arginfo_class_Event_Cluster_ownerOf, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Cluster, send, arginfo_class_Event_Cluster_send, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Cluster, on, arginfo_class_Event_Cluster_on, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Cluster, off, arginfo_class_Event_Cluster_off, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_Cluster, primary, arginfo_class_Event_Cluster_primary, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Event_Cluster(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event", "Cluster", class_Event_Cluster_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
