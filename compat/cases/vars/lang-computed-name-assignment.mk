# computed name assignment
n = foo
$(n)_v = 7
$(info [$(foo_v)])
all: ; @:
