// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace edges {

// What edges is built on, for `php --ri edges`: each library's version at build time and
// (where the library says) at run time, libevent's backend on this machine, the thread
// pool's size. Label => value, in display order.
std::vector<std::pair<std::string, std::string>> build_information();

}  // namespace edges
