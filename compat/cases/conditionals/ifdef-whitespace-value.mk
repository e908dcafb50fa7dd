# ifdef on a variable whose value is only blanks: the value is stripped on assignment, so it is empty.
sp =   
nl := $(sp)
ifdef sp
$(info sp defined)
else
$(info sp empty)
endif
all: ; @:
