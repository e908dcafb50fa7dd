# ifdef env
#| env: FROMENV=1
ifdef FROMENV
$(info env-defined)
endif
all: ; @:
