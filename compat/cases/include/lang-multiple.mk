# multiple
#| setup: echo A = 1 > a.mk
#| setup: echo B = 2 > b.mk
include a.mk b.mk
$(info $(A)$(B) $(MAKEFILE_LIST))
all: ; @:
