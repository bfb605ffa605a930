// SPDX-License-Identifier: MIT
#pragma once

namespace edges::php {

// What a long-lived server does around its loop (node's defaults, systemd's protocol):
// - the first time the loop runs: READY=1 to systemd (every server the script started
//   listens by then: listen() binds at once), and edges' own SIGTERM/SIGINT watchers;
// - on SIGTERM or SIGINT, unless the script listens for that signal itself: a graceful
//   stop (listening servers close, idle keep-alive connections close, requests in flight
//   finish with Connection: close, WebSockets get 1001), STOPPING=1 to systemd, and after
//   edges.grace seconds exit status 1 with what was still open on stderr; a second
//   signal ends the process at once.
void lifecycle_loop_starts();
// edges.pidfile: written at request start, removed at its end.
void lifecycle_rinit();
void lifecycle_rshutdown();

}  // namespace edges::php
