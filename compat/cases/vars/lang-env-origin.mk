# env origin
#| env: FOO=bar
$(info [$(FOO)] $(origin FOO) $(flavor FOO))
all: ; @:
