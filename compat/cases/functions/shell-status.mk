# .SHELLSTATUS after $(shell): exit code of the last shell call.
x := $(shell exit 7)
$(info $(.SHELLSTATUS))
x := $(shell true)
$(info $(.SHELLSTATUS))
x := $(shell kill -TERM $$$$)
$(info $(.SHELLSTATUS))
all: ; @:
