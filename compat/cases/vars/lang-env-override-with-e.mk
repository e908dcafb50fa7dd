# env override with e
#| args: -e
#| env: FOO=bar
FOO = file
$(info [$(FOO)] $(origin FOO))
all: ; @:
