#| args: -p -q
#| setup: touch -d "2020-01-01 00:00:00" main.c
#| normalise: database
# Built-in rules next to a user makefile: which built-in files become targets, and the
# "# Not a target:" entries the built-in suffix rules leave.
all: main.o
main.o: main.c
