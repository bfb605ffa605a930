// SPDX-License-Identifier: MIT
#pragma once

#include "../core/loop.h"

namespace edges::php {

// The request's loop, created on first use and freed after every object (post-deactivate).
edges::Loop &loop();
// Whether loop() was created in this request.
bool loop_exists();
void destroy_loop();

}  // namespace edges::php
