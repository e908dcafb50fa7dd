# shellstatus undefined before
$(info [$(origin .SHELLSTATUS)])
all: ; @:
