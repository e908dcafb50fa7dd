# ifeq directive as var name
ifeq = 1
$(info $(ifeq))
all: ; @:
