# .DEFAULT is used only when no explicit or implicit rule applies.
#| setup: touch x.in
%.out: %.in ; @echo pattern $@
.DEFAULT: ; @echo default $@
all: x.out y.out ; @:
