# SPDX-License-Identifier: MIT
# Regenerate every *_arginfo.h from its stub, offline: gen_stub.php wants
# PHP-Parser 4.15.1 and would download it; Debian's php-parser is that parser.
EDGES_STUBS = $(wildcard $(srcdir)/src/php/*.stub.php)

edges-php-parser:
	@mkdir -p $(top_builddir)/build/PHP-Parser-4.15.1
	@ln -sfn /usr/share/php $(top_builddir)/build/PHP-Parser-4.15.1/lib

stubs: edges-php-parser
	$(PHP_EXECUTABLE) $(top_srcdir)/build/gen_stub.php -f $(EDGES_STUBS)

# The IDE stubs (stubs/edges.php) from the same stubs.
ide-stubs:
	$(PHP_EXECUTABLE) -n $(srcdir)/stubs/generate.php

# Fails when a committed *_arginfo.h or stubs/edges.php differs from what the stubs generate.
check-stubs: stubs ide-stubs
	@cd $(srcdir) && git diff --exit-code -- 'src/php/*_arginfo.h' stubs/edges.php && echo "arginfo and IDE stubs are up to date"

# Generated *_arginfo.h are not formatted.
EDGES_FORMATTED = $(filter-out %_arginfo.h,$(wildcard $(srcdir)/src/*/*.h $(srcdir)/src/*/*.cc $(srcdir)/tests/unit/*/*.cc))

format-check:
	@clang-format --dry-run -Werror $(EDGES_FORMATTED)

format:
	@clang-format -i $(EDGES_FORMATTED)

.PHONY: stubs ide-stubs check-stubs edges-php-parser format-check format
