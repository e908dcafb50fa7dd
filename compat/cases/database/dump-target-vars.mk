# -p: target-specific variables are printed before their file's entry, with the target
# name, `+=` for appends and `=` for `?=`.
#| args: -p -r -R
#| normalise: database
all: t
t: A = a
t: B := b$$
t: override C += c
t: D ?= d
t: private E = e
t: export F = f
t: ; @echo $(A)
