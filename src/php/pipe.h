// SPDX-License-Identifier: MIT
#pragma once

extern "C" {
#include "php.h"
}

namespace edges::php {

// The body of every readable's pipe(Emitter $destination, array $options = []): node's
// readable.pipe(). 'data' goes to $destination->write(), a false return pauses the source
// until the destination's 'drain', the source's 'end' ends the destination (option 'end',
// true), and the destination's 'close' unpipes. Works with any source that has on(),
// pause() and resume() and any destination with write() and end(), user classes included.
void pipe_method(INTERNAL_FUNCTION_PARAMETERS);

void pipe_minit();

}  // namespace edges::php
