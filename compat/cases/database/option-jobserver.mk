#| known-difference: with -j GNU also puts --jobserver-auth=R,W into the MAKEFLAGS and MFLAGS variables; xmake adds it to the environment of recipes only
#| args: -rR -p -j2
#| normalise: database
# -j2: the jobserver options in MAKEFLAGS and MFLAGS after a run.
all: a b
a b: ; @:
