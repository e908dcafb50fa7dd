# env override beaten by override
#| args: -e
#| env: FOO=bar
override FOO = file
$(info [$(FOO)] $(origin FOO))
all: ; @:
