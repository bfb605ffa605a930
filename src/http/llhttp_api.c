/* SPDX-License-Identifier: MIT */
/* llhttp's api.c from Debian's node-llhttp (config.m4 puts its directory on the include path). */
#include "api.c"
