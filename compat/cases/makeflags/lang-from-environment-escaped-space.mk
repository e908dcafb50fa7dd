# from environment escaped space
#| env: MAKEFLAGS=k -- X=a\ b
$(info [$(X)])
all: ; @:
