# -S (--no-keep-going) cancels an earlier -k.
#| args: -k -S
all: a b
a: ; @exit 1
b: ; @echo b
