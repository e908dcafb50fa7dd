# a variable given twice on the command line travels once, with its last value
#| args: A=1 B=2 A=3
all: ; @echo "[$$MAKEFLAGS]" "[$(MAKEOVERRIDES)]"
