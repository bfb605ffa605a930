/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 6315353ba8e4b2f8fcf4a3587f81bf8ce1465c70 */

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


ZEND_FUNCTION(Event_setTimeout);
ZEND_FUNCTION(Event_setInterval);
ZEND_FUNCTION(Event_clearTimeout);
ZEND_FUNCTION(Event_clearInterval);
ZEND_FUNCTION(Event_setImmediate);


static const zend_function_entry ext_functions[] = {
	ZEND_NS_FALIAS("Event", setTimeout, Event_setTimeout, arginfo_Event_setTimeout)
	ZEND_NS_FALIAS("Event", setInterval, Event_setInterval, arginfo_Event_setInterval)
	ZEND_NS_FALIAS("Event", clearTimeout, Event_clearTimeout, arginfo_Event_clearTimeout)
	ZEND_NS_FALIAS("Event", clearInterval, Event_clearInterval, arginfo_Event_clearInterval)
	ZEND_NS_FALIAS("Event", setImmediate, Event_setImmediate, arginfo_Event_setImmediate)
	ZEND_FE_END
};
