# With -e, an exported makefile variable that also exists in the environment keeps the environment value.
#| args: -e
#| env: V=env
export V = file
all:
	@echo shell=$$V
