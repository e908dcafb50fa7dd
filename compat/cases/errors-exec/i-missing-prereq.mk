# -i with a missing prerequisite: -i does not ignore "No rule" errors.
#| args: -i
all: a missing ; @echo all
a: ; @exit 1
