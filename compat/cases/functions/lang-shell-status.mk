# shell status
$(info [$(shell exit 7)] $(.SHELLSTATUS) [$(shell true)] $(.SHELLSTATUS))
all: ; @:
