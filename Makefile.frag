# SPDX-License-Identifier: MIT
# Regenerate every *_arginfo.h from its stub, offline: gen_stub.php wants
# PHP-Parser 4.15.1 and would download it; Debian's php-parser is that parser.
EDGES_STUBS = $(wildcard $(srcdir)/src/php/*.stub.php)

edges-php-parser:
	@mkdir -p $(top_builddir)/build/PHP-Parser-4.15.1
	@ln -sfn /usr/share/php $(top_builddir)/build/PHP-Parser-4.15.1/lib

stubs: edges-php-parser
	$(PHP_EXECUTABLE) $(top_srcdir)/build/gen_stub.php -f $(EDGES_STUBS)

# Fails when a committed *_arginfo.h differs from what its stub generates.
check-stubs: stubs
	@cd $(srcdir) && git diff --exit-code -- 'src/php/*_arginfo.h' && echo "arginfo is up to date"

# Generated *_arginfo.h are not formatted.
EDGES_FORMATTED = $(filter-out %_arginfo.h,$(wildcard $(srcdir)/src/*/*.h $(srcdir)/src/*/*.cc $(srcdir)/tests/unit/*/*.cc))

format-check:
	@clang-format --dry-run -Werror $(EDGES_FORMATTED)

format:
	@clang-format -i $(EDGES_FORMATTED)

.PHONY: stubs check-stubs edges-php-parser format-check format
