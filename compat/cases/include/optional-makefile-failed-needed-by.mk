# `a.mk` is `sinclude`d and needed by `gen.mk`, also `sinclude`d: both fail silently while
# makefiles are remade (a.mk first, as a makefile of its own); `gen.mk`, the default
# goal, then names `a.mk` as the file it needed (GNU's complain follows the parent set
# when gen.mk considered it).
#| args: -q
sinclude gen.mk
sinclude a.mk
gen.mk: a.mk
	@echo making $@
all: ; @echo all
