/* SPDX-License-Identifier: MIT */
/* llhttp's http.c from Debian's node-llhttp (config.m4 puts its directory on the include path). */
#include "http.c"
