#| args: -rR -p -k
#| normalise: database
# A failing recipe under -k: the failed target, the one that was not remade because of it,
# and an unrelated one that succeeded.
all: bad good needs-bad
bad: ; @exit 3
good: ; @echo good
needs-bad: bad ; @echo never
