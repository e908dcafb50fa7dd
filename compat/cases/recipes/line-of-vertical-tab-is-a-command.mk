# A recipe line that expands to a vertical tab is a command (GNU's construct_command_argv
# skips only spaces and tabs before it): echoed, run and failing; one that expands to a
# newline comes to none and is skipped unechoed.
vt := $(shell printf '\013')
define nl


endef
all: a b
a: ; $(nl)
b: ; $(vt)
