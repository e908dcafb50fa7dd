# shell assign status
x != exit 3
$(info [$(x)] $(.SHELLSTATUS))
all: ; @:
