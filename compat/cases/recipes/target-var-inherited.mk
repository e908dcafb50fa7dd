# A prerequisite shared by two targets is built once, with the target-specific vars of the first target that asks for it.
all: x y
x: V = from-x
y: V = from-y
x y: common
common: ; @echo common V=[$(V)]
