#| normalise: database
# -C: CURDIR, the directory lines around the dump.
mkdir dir
printf 'X = 1\nall: ; @:\n' > dir/Makefile
make -rR -p -q -C dir; echo "exit=$?"
make -rR -p -q --no-print-directory -C dir; echo "exit=$?"
