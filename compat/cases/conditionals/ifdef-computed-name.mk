# ifdef expands its argument to obtain the variable name.
name = target_var
target_var = yes
ifdef $(name)
$(info computed ok)
endif
all: ; @:
