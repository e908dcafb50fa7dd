# != sets .SHELLSTATUS like $(shell) does.
x != exit 3
$(info [$(x)] status=$(.SHELLSTATUS))
y != echo ok
$(info [$(y)] status=$(.SHELLSTATUS))
all: ; @:
