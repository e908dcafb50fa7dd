#| normalise: database
# Several -f makefiles: MAKEFILE_LIST and each one's "Not a target" entry.
printf 'ONE = 1\none: ; @:\n' > first.mk
printf 'TWO = 2\ntwo: ; @:\n' > second.mk
make -rR -p -q -f first.mk -f second.mk one two; echo "exit=$?"
