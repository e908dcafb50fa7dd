.ONESHELL:
all:
	echo a
	echo b
