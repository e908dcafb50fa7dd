# name with dots dashes
a.b-c_d = ok
$(info $(a.b-c_d))
all: ; @:
