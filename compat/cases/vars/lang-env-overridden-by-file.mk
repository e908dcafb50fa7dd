# env overridden by file
#| env: FOO=bar
FOO = file
$(info [$(FOO)] $(origin FOO))
all: ; @:
