# $(shell) of a nonexistent command: empty result and .SHELLSTATUS 127.
x := $(shell no-such-command-xyz 2>/dev/null)
$(info [$(x)] $(.SHELLSTATUS))
all: ; @:
