# from environment variables
#| env: MAKEFLAGS=-- X=env-override
$(info [$(X)] $(origin X))
all: ; @:
