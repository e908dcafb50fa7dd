# A tab inside a value is kept; a tab before the value is stripped like spaces.
x =	lead-tab
y = a	b
$(info [$(x)] [$(y)] words=$(words $(y)))
all: ; @:
