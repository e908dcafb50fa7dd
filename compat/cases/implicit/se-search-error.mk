#| args: -r
# An $(error) in a second expansion during implicit search stops make there.
.SECONDEXPANSION:
all: a.o
%.o: $$(if $$(filter a,$$*),$$(error no rule for $$*)) %.c ; @echo '$@'
a.c: ; @echo 'mk $@'
