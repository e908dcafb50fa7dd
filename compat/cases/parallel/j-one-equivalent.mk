# -j1 is plain serial execution.
#| args: -j1
all: a b
a b: ; @echo $@
