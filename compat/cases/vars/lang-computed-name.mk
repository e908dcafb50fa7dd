# computed name
x = y
y = z
z = deep
$(info $($($(x))))
all: ; @:
