# flavor
r = 1
s := 1
$(info $(flavor r) $(flavor s) $(flavor nope))
all: ; @:
