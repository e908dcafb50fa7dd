# file bad op
$(file foo,x)
all: ; @:
