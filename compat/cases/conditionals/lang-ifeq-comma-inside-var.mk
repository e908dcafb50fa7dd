# ifeq comma inside var
c = ,
ifeq ($(c),,)
$(info comma)
else
$(info no)
endif
all: ; @:
