# -i ignores all errors; each is reported as ignored.
#| args: -i
all: a b
a: ; false
b: ; @echo b ran
