# MAKEFLAGS in the environment is parsed as flags: here "s" silences echo, "k" keeps going.
#| env: MAKEFLAGS=ks
all: a b
	echo all
a:
	exit 1
b:
	echo b
