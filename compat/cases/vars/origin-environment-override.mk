# With -e, environment variables beat the makefile and origin says "environment override".
#| args: -e
#| env: FOO=env
FOO = file
BAR = file
$(info FOO=$(FOO) $(origin FOO) BAR=$(BAR) $(origin BAR))
all: ; @:
