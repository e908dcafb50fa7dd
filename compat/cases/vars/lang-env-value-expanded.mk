# env value expanded
#| env: FOO=$(BAR)
#| env: BAR=x
$(info [$(FOO)])
all: ; @:
