# undefine
x = 1
undefine x
$(info [$(x)] $(origin x))
all: ; @:
