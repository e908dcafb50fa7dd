# shellstatus origin
x := $(shell true)
$(info $(origin .SHELLSTATUS) $(flavor .SHELLSTATUS) [$(.SHELLSTATUS)])
all: ; @:
