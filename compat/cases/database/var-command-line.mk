#| args: -rR -p -q REC=rec SIMP:=simp 'SPACED=a b' EMPTY= POSIX::=posix APP+=app
#| normalise: database
# Command-line variables: origins, flavors, MAKEOVERRIDES and -*-command-variables-*-.
REC = makefile
APP = makefile
all: ; @:
