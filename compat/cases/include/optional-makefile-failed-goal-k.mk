# A `sinclude`d makefile whose prerequisite no rule makes fails silently while makefiles
# are remade; under -k, as the default goal, GNU finds it "recently tried and failed":
# it names the missing prerequisite and stops there, without "not remade because of
# errors" (the goal is not walked again).
#| args: -k
sinclude gen.mk
gen.mk: a.mk
	@echo making $@
all: ; @echo all
