# With -e, an environment value overrides the makefile and is what recipes see.
#| args: -e
#| env: V=env
V = file
all:
	@echo make=$(V) shell=$$V
