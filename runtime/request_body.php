<?php
// SPDX-License-Identifier: MIT
// `edges serve`: a request body the application reads while it arrives.
declare(strict_types=1);

namespace Event\Serve;

/**
 * The body of one request as the application reads it while it arrives (what php://input is
 * under php-fpm, without the wait for the whole body). What arrives is spooled the way PHP
 * spools php://input (php://temp: memory up to 2 MiB, then a temporary file), so a stream can
 * be rewound and read again; a read past what has arrived awaits the next chunk (the
 * application runs in a Fiber), and the client is paused while more than 1 MiB waits unread.
 */
final class RequestBody
{
    private const PAUSE_ABOVE = 1 << 20;
    private const RESUME_BELOW = 1 << 18;

    /** @var resource */
    private $spool;
    private int $received = 0;
    private int $readUpTo = 0;  // the furthest any reader has got
    private bool $ended = false;
    private bool $paused = false;
    private ?\Closure $wake = null;

    private bool $answered = false;

    public function __construct(private \Event\HTTP\Request $req, \Event\HTTP\Response $res, public readonly ?int $length)
    {
        $this->spool = fopen('php://temp/maxmemory:' . (2 << 20), 'w+');
        // Once the response is out, what the application did not read is dropped as it comes
        // (the connection's next request is behind it).
        $res->once('finish', function (): void {
            $this->answered = true;
            if ($this->paused) {
                $this->paused = false;
                $this->req->resume();
            }
        });
        $req->on('data', function (string $chunk): void {
            if ($this->answered) return;
            fseek($this->spool, 0, SEEK_END);
            fwrite($this->spool, $chunk);
            $this->received += strlen($chunk);
            if (!$this->paused && $this->received - $this->readUpTo > self::PAUSE_ABOVE) {
                $this->paused = true;
                $this->req->pause();
            }
            $this->wakeUp();
        });
        // 'aborted': the client went first; a reader gets what came (the response cannot reach it).
        $end = function (): void {
            $this->ended = true;
            $this->wakeUp();
        };
        $req->on('end', $end);
        $req->on('aborted', $end);
    }

    /** A read-only, seekable PHP stream over the body, at its start. */
    public function stream()
    {
        return fopen('edges-request-body://', 'r', false, stream_context_create(['edges-request-body' => ['body' => $this]]));
    }

    /** Up to $count bytes from $position; '' at the end. Awaits while nothing new has arrived. */
    public function read(int $position, int $count): string
    {
        while ($position >= $this->received && !$this->ended) {
            \Event\await(new \Event\Promise(function (callable $resolve): void {
                $this->wake = $resolve;
            }));
        }
        if ($position >= $this->received) return '';
        fseek($this->spool, $position);
        $data = (string) fread($this->spool, min($count, $this->received - $position));
        $this->readUpTo = max($this->readUpTo, $position + strlen($data));
        if ($this->paused && $this->received - $this->readUpTo < self::RESUME_BELOW) {
            $this->paused = false;
            $this->req->resume();
        }
        return $data;
    }

    public function ended(int $position): bool
    {
        return $this->ended && $position >= $this->received;
    }

    /** The whole size when known: the Content-Length, or what came once the body has ended. */
    public function size(): ?int
    {
        return $this->ended ? $this->received : $this->length;
    }

    private function wakeUp(): void
    {
        if ($this->wake !== null) {
            [$wake, $this->wake] = [$this->wake, null];
            $wake(null);
        }
    }
}

/** The stream wrapper behind RequestBody::stream(): a position of its own per stream. */
final class RequestBodyStream
{
    /** @var resource|null */
    public $context;
    private RequestBody $body;
    private int $position = 0;

    public function stream_open(string $path, string $mode, int $options, ?string &$opened): bool
    {
        $body = stream_context_get_options($this->context)['edges-request-body']['body'] ?? null;
        if (!$body instanceof RequestBody || $mode[0] !== 'r') return false;
        $this->body = $body;
        return true;
    }

    public function stream_read(int $count): string
    {
        $data = $this->body->read($this->position, $count);
        $this->position += strlen($data);
        return $data;
    }

    public function stream_eof(): bool
    {
        return $this->body->ended($this->position);
    }

    public function stream_tell(): int
    {
        return $this->position;
    }

    /** Backwards anywhere; forwards by reading up to there; from the end once the size is known. */
    public function stream_seek(int $offset, int $whence): bool
    {
        $size = $this->body->size();
        $to = match ($whence) {
            SEEK_SET => $offset,
            SEEK_CUR => $this->position + $offset,
            SEEK_END => $size === null ? -1 : $size + $offset,
        };
        if ($to < 0) return false;
        while ($this->position < $to && ($skipped = $this->body->read($this->position, min(65536, $to - $this->position))) !== '') {
            $this->position += strlen($skipped);
        }
        if ($to < $this->position) $this->position = $to;
        return $this->position === $to;
    }

    public function stream_stat(): array|false
    {
        $size = $this->body->size();
        return $size === null ? false : ['size' => $size];
    }
}

stream_wrapper_register('edges-request-body', RequestBodyStream::class);
