# += on a defined but empty variable: does a separating space appear?
x =
x += a
y := 
y += b
$(info [$(x)] [$(y)])
all: ; @:
