# file missing name
$(file >)
all: ; @:
