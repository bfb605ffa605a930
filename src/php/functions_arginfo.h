/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 55e66662719064ed99a830f6ce11a0638c9fe956 */

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_Event_setTimeout, 0, 1, Event\\Timer, 0)
	ZEND_ARG_TYPE_INFO(0, callback, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, ms, IS_DOUBLE, 0, "0")
	ZEND_ARG_VARIADIC_TYPE_INFO(0, args, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_Event_setInterval, 0, 2, Event\\Timer, 0)
	ZEND_ARG_TYPE_INFO(0, callback, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO(0, ms, IS_DOUBLE, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, args, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_Event_clearTimeout, 0, 1, IS_VOID, 0)
	ZEND_ARG_OBJ_INFO(0, timer, Event\\Timer, 1)
ZEND_END_ARG_INFO()

#define arginfo_Event_clearInterval arginfo_Event_clearTimeout

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_Event_setImmediate, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, callback, IS_CALLABLE, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, args, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_Event_async, 0, 1, Event\\Promise, 0)
	ZEND_ARG_TYPE_INFO(0, fn, IS_CALLABLE, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, args, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_Event_await, 0, 1, IS_MIXED, 0)
	ZEND_ARG_OBJ_INFO(0, promise, Event\\Promise, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_Event_sleep, 0, 1, Event\\Promise, 0)
	ZEND_ARG_TYPE_INFO(0, ms, IS_DOUBLE, 0)
ZEND_END_ARG_INFO()


ZEND_FUNCTION(Event_setTimeout);
ZEND_FUNCTION(Event_setInterval);
ZEND_FUNCTION(Event_clearTimeout);
ZEND_FUNCTION(Event_clearInterval);
ZEND_FUNCTION(Event_setImmediate);
ZEND_FUNCTION(Event_async);
ZEND_FUNCTION(Event_await);
ZEND_FUNCTION(Event_sleep);


static const zend_function_entry ext_functions[] = {
	ZEND_NS_FALIAS("Event", setTimeout, Event_setTimeout, arginfo_Event_setTimeout)
	ZEND_NS_FALIAS("Event", setInterval, Event_setInterval, arginfo_Event_setInterval)
	ZEND_NS_FALIAS("Event", clearTimeout, Event_clearTimeout, arginfo_Event_clearTimeout)
	ZEND_NS_FALIAS("Event", clearInterval, Event_clearInterval, arginfo_Event_clearInterval)
	ZEND_NS_FALIAS("Event", setImmediate, Event_setImmediate, arginfo_Event_setImmediate)
	ZEND_NS_FALIAS("Event", async, Event_async, arginfo_Event_async)
	ZEND_NS_FALIAS("Event", await, Event_await, arginfo_Event_await)
	ZEND_NS_FALIAS("Event", sleep, Event_sleep, arginfo_Event_sleep)
	ZEND_FE_END
};
