# shell assign recursive result
x != echo '$$(y)'
y = late
$(info [$(x)])
all: ; @:
