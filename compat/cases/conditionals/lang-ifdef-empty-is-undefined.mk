# ifdef empty is undefined
e =
ifdef e
$(info defined)
else
$(info not-defined)
endif
all: ; @:
