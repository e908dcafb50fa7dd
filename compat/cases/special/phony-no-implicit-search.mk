# Implicit rule search is skipped for phony targets: a phony "foo" with foo.c present stays recipe-less.
#| setup: touch foo.c
.PHONY: foo
foo:
