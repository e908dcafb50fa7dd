#| normalise: database
# -q when everything is up to date: exit 0, "Successfully updated" states.
touch -d '2020-01-01 00:00:00' in
touch -d '2020-01-02 00:00:00' out
printf 'out: in\n\t@echo never\n' > Makefile
make -rR -p -q; echo "exit=$?"
