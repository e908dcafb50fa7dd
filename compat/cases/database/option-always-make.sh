#| normalise: database
# -B with up-to-date files: everything is remade.
touch -d '2020-01-01 00:00:00' in
touch -d '2020-01-02 00:00:00' out
printf 'out: in\n\t@echo remake $@\n' > Makefile
make -rR -p -B; echo "exit=$?"
