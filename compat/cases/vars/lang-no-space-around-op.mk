# no space around op
a=1
b:=2
c+=3
d?=4
$(info $(a)$(b)$(c)$(d))
all: ; @:
