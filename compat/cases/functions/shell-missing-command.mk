# $(shell) of a command not found: the shell's error text and status 127.
x := $(shell no-such-command-xyz 2>/dev/null)
$(info [$(x)] $(.SHELLSTATUS))
all: ; @:
