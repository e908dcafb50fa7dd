# value
x = $(y)
y = 1
$(info $(value x) $(x))
all: ; @:
