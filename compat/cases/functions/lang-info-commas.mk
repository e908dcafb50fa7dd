# info commas
$(info a,b,c)
all: ; @:
