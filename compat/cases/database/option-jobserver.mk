#| args: -rR -p -j2
#| normalise: database
# -j2: the jobserver options in MAKEFLAGS and MFLAGS after a run.
all: a b
a b: ; @:
