# A recursive variable that references itself is a fatal error (manual 6.2).
x = $(x) more
$(info $(x))
all: ; @:
