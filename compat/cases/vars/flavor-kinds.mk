# $(flavor) for undefined, recursive, simple, += on each, != and define (manual 8.12).
r = x
s := x
r2 = a
r2 += b
s2 := a
s2 += b
sh != echo hi
define d
x
endef
define ds :=
x
endef
$(info $(flavor none) $(flavor r) $(flavor s) $(flavor r2) $(flavor s2) $(flavor sh) $(flavor d) $(flavor ds))
$(info $(flavor CC) $(flavor MAKE) $(flavor CURDIR) $(flavor .VARIABLES))
all: ; @:
