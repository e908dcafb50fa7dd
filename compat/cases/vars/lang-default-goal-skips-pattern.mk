# default goal skips pattern
%.o: ; @echo pat
y: ; @echo y
all: ; @:
