# --keep-going is -k; --no-keep-going after it cancels.
#| args: --keep-going
all: a b
a: ; @exit 1
b: ; @echo b
