/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 8feb0e013d09e6902c5efa8eb8f20d1537d49f0c */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Event_File___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_File_readFile, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, path, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, callback, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_File_writeFile, 0, 3, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, path, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
	ZEND_ARG_TYPE_MASK(0, options, MAY_BE_ARRAY|MAY_BE_CALLABLE, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, callback, IS_CALLABLE, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_File_appendFile, 0, 3, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, path, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, callback, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Event_File_stat arginfo_class_Event_File_readFile

#define arginfo_class_Event_File_lstat arginfo_class_Event_File_readFile

#define arginfo_class_Event_File_unlink arginfo_class_Event_File_readFile

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_File_rename, 0, 3, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, from, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, to, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, callback, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_File_mkdir, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, path, IS_STRING, 0)
	ZEND_ARG_TYPE_MASK(0, options, MAY_BE_ARRAY|MAY_BE_CALLABLE, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, callback, IS_CALLABLE, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Event_File_rm arginfo_class_Event_File_mkdir

#define arginfo_class_Event_File_readdir arginfo_class_Event_File_readFile

#define arginfo_class_Event_File_realpath arginfo_class_Event_File_readFile

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_File_copyFile, 0, 3, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, from, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, to, IS_STRING, 0)
	ZEND_ARG_TYPE_MASK(0, options, MAY_BE_ARRAY|MAY_BE_CALLABLE, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, callback, IS_CALLABLE, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_File_truncate, 0, 3, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, path, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, length, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, callback, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_File_readFileAsync, 0, 1, Event\\Promise, 0)
	ZEND_ARG_TYPE_INFO(0, path, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_File_writeFileAsync, 0, 2, Event\\Promise, 0)
	ZEND_ARG_TYPE_INFO(0, path, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_File_appendFileAsync, 0, 2, Event\\Promise, 0)
	ZEND_ARG_TYPE_INFO(0, path, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Event_File_statAsync arginfo_class_Event_File_readFileAsync

#define arginfo_class_Event_File_lstatAsync arginfo_class_Event_File_readFileAsync

#define arginfo_class_Event_File_unlinkAsync arginfo_class_Event_File_readFileAsync

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_File_renameAsync, 0, 2, Event\\Promise, 0)
	ZEND_ARG_TYPE_INFO(0, from, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, to, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_File_mkdirAsync, 0, 1, Event\\Promise, 0)
	ZEND_ARG_TYPE_INFO(0, path, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_Event_File_rmAsync arginfo_class_Event_File_mkdirAsync

#define arginfo_class_Event_File_readdirAsync arginfo_class_Event_File_readFileAsync

#define arginfo_class_Event_File_realpathAsync arginfo_class_Event_File_readFileAsync

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_File_copyFileAsync, 0, 2, Event\\Promise, 0)
	ZEND_ARG_TYPE_INFO(0, from, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, to, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_File_truncateAsync, 0, 2, Event\\Promise, 0)
	ZEND_ARG_TYPE_INFO(0, path, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, length, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_File_openAsync, 0, 2, Event\\Promise, 0)
	ZEND_ARG_TYPE_INFO(0, path, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, flags, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_File_createReadStream, 0, 1, Event\\File\\ReadStream, 0)
	ZEND_ARG_TYPE_INFO(0, path, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_File_createWriteStream, 0, 1, Event\\File\\WriteStream, 0)
	ZEND_ARG_TYPE_INFO(0, path, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Event_File_watch, 0, 1, Event\\File\\Watcher, 0)
	ZEND_ARG_TYPE_INFO(0, path, IS_STRING, 0)
	ZEND_ARG_TYPE_MASK(0, options, MAY_BE_ARRAY|MAY_BE_CALLABLE, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, listener, IS_CALLABLE, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_File_open, 0, 3, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, path, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, flags, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, callback, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_File_read, 0, 3, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, length, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, position, IS_LONG, 1)
	ZEND_ARG_TYPE_INFO(0, callback, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_File_write, 0, 3, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, position, IS_LONG, 1)
	ZEND_ARG_TYPE_INFO(0, callback, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_File_fstat, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, callback, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Event_File_sync arginfo_class_Event_File_fstat

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Event_File_close, 0, 0, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, callback, IS_CALLABLE, 1, "null")
ZEND_END_ARG_INFO()


ZEND_METHOD(Event_File, __construct);
ZEND_METHOD(Event_File, readFile);
ZEND_METHOD(Event_File, writeFile);
ZEND_METHOD(Event_File, appendFile);
ZEND_METHOD(Event_File, stat);
ZEND_METHOD(Event_File, lstat);
ZEND_METHOD(Event_File, unlink);
ZEND_METHOD(Event_File, rename);
ZEND_METHOD(Event_File, mkdir);
ZEND_METHOD(Event_File, rm);
ZEND_METHOD(Event_File, readdir);
ZEND_METHOD(Event_File, realpath);
ZEND_METHOD(Event_File, copyFile);
ZEND_METHOD(Event_File, truncate);
ZEND_METHOD(Event_File, readFileAsync);
ZEND_METHOD(Event_File, writeFileAsync);
ZEND_METHOD(Event_File, appendFileAsync);
ZEND_METHOD(Event_File, statAsync);
ZEND_METHOD(Event_File, lstatAsync);
ZEND_METHOD(Event_File, unlinkAsync);
ZEND_METHOD(Event_File, renameAsync);
ZEND_METHOD(Event_File, mkdirAsync);
ZEND_METHOD(Event_File, rmAsync);
ZEND_METHOD(Event_File, readdirAsync);
ZEND_METHOD(Event_File, realpathAsync);
ZEND_METHOD(Event_File, copyFileAsync);
ZEND_METHOD(Event_File, truncateAsync);
ZEND_METHOD(Event_File, openAsync);
ZEND_METHOD(Event_File, createReadStream);
ZEND_METHOD(Event_File, createWriteStream);
ZEND_METHOD(Event_File, watch);
ZEND_METHOD(Event_File, open);
ZEND_METHOD(Event_File, read);
ZEND_METHOD(Event_File, write);
ZEND_METHOD(Event_File, fstat);
ZEND_METHOD(Event_File, sync);
ZEND_METHOD(Event_File, close);


static const zend_function_entry class_Event_File_methods[] = {
	ZEND_ME(Event_File, __construct, arginfo_class_Event_File___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Event_File, readFile, arginfo_class_Event_File_readFile, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, writeFile, arginfo_class_Event_File_writeFile, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, appendFile, arginfo_class_Event_File_appendFile, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, stat, arginfo_class_Event_File_stat, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, lstat, arginfo_class_Event_File_lstat, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, unlink, arginfo_class_Event_File_unlink, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, rename, arginfo_class_Event_File_rename, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, mkdir, arginfo_class_Event_File_mkdir, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, rm, arginfo_class_Event_File_rm, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, readdir, arginfo_class_Event_File_readdir, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, realpath, arginfo_class_Event_File_realpath, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, copyFile, arginfo_class_Event_File_copyFile, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, truncate, arginfo_class_Event_File_truncate, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, readFileAsync, arginfo_class_Event_File_readFileAsync, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, writeFileAsync, arginfo_class_Event_File_writeFileAsync, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, appendFileAsync, arginfo_class_Event_File_appendFileAsync, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, statAsync, arginfo_class_Event_File_statAsync, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, lstatAsync, arginfo_class_Event_File_lstatAsync, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, unlinkAsync, arginfo_class_Event_File_unlinkAsync, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, renameAsync, arginfo_class_Event_File_renameAsync, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, mkdirAsync, arginfo_class_Event_File_mkdirAsync, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, rmAsync, arginfo_class_Event_File_rmAsync, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, readdirAsync, arginfo_class_Event_File_readdirAsync, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, realpathAsync, arginfo_class_Event_File_realpathAsync, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, copyFileAsync, arginfo_class_Event_File_copyFileAsync, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, truncateAsync, arginfo_class_Event_File_truncateAsync, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, openAsync, arginfo_class_Event_File_openAsync, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, createReadStream, arginfo_class_Event_File_createReadStream, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, createWriteStream, arginfo_class_Event_File_createWriteStream, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, watch, arginfo_class_Event_File_watch, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, open, arginfo_class_Event_File_open, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Event_File, read, arginfo_class_Event_File_read, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_File, write, arginfo_class_Event_File_write, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_File, fstat, arginfo_class_Event_File_fstat, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_File, sync, arginfo_class_Event_File_sync, ZEND_ACC_PUBLIC)
	ZEND_ME(Event_File, close, arginfo_class_Event_File_close, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Event_File(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Event", "File", class_Event_File_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
