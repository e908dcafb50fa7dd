# origin all
#| args: X=1
f = 1
$(info $(origin f) $(origin CC) $(origin HOME) $(origin nope) $(origin X))
all: ; @:
