#| args: -j3 -n
all: a b
a:
	echo a
b:
	echo b
