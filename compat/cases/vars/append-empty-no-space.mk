# += on a defined but empty variable adds no separating space.
x =
x += a
y := 
y += b
$(info [$(x)] [$(y)])
all: ; @:
