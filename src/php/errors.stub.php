<?php

/** @generate-class-entries */

namespace Event;

/** Base of every operational failure edges reports (bind in use, refused, DNS, peer reset...). */
class Exception extends \Exception
{
}

/** A socket operation failed; the code is the OS errno (ECONNREFUSED, EADDRINUSE, ECONNRESET...). */
class SocketException extends Exception
{
}

/** A host name did not resolve; the code is the resolver's (EVUTIL_EAI_*) code. */
class DnsException extends Exception
{
}

/**
 * A TLS failure: a handshake refused (the code is node's name for it: 'CERT_HAS_EXPIRED',
 * 'DEPTH_ZERO_SELF_SIGNED_CERT', 'ERR_TLS_CERT_ALTNAME_INVALID', 'ERR_SSL_WRONG_VERSION_NUMBER',
 * 'ERR_TLS_HANDSHAKE_TIMEOUT'; the message OpenSSL's reason), or bad TLS options.
 */
class TLSException extends Exception
{
}

/** A WebSocket failure: a refused handshake, a protocol violation (code: the close code sent), a dropped connection. */
class WebSocketException extends Exception
{
}

/** A bad HTTP request ('clientError'); the code is the status it was answered with (400, 408, 413, 414, 431). */
class HttpException extends Exception
{
}

/**
 * A child process failed: it could not start (code: the errno name, 'ENOENT', 'EACCES'),
 * it exited with a status other than 0 (code: that status), a signal ended it, or it
 * went past maxBuffer or timeout (Event\Process::exec()).
 */
class ProcessException extends Exception
{
    /** The signal that ended the child ('SIGTERM'), if one did. */
    public ?string $signal = null;

    /** Whether edges killed it (timeout, maxBuffer). */
    public bool $killed = false;
}

/**
 * A file system call failed. As node's: the code is the errno name ('ENOENT', 'EISDIR',
 * 'ENOTDIR', 'EACCES' ...), the message names the call and the path.
 */
class FileException extends Exception
{
    /** The system call that failed ('open', 'connect' ...), or ''. */
    public string $syscall = "";

    /** The path the call was about, or ''. */
    public string $path = "";

    /** The errno value (ENOENT is 2), or 0. */
    public int $errno = 0;
}

/**
 * A PostgreSQL failure (Event\Postgres). As PDOException's, the code is the SQLSTATE
 * ('23505' unique_violation, '42P01' undefined_table, '57014' query_canceled ...): the
 * server's for an error it reported, '08001' when no connection could be made, '08006' when
 * the connection was lost, '08003' when the pool was closed; the message is the server's
 * (or libpq's) primary message.
 */
class PostgresException extends Exception
{
    /** The SQLSTATE (the same as getCode()). */
    public string $sqlState = "";

    /** The server's DETAIL line, if any. */
    public ?string $detail = null;

    /** The server's HINT line, if any. */
    public ?string $hint = null;
}
