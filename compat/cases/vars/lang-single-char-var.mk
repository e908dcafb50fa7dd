# single char var
x = X
$(info $x$xy)
all: ; @:
