# -W FILE pretends FILE is infinitely new, so its dependents are rebuilt (with -n here).
touch -d '2020-01-01 00:00:00' src
touch -d '2020-01-02 00:00:00' out
printf 'out: src\n\tcp src out\n' > Makefile
make; echo "exit=$?"
make -W src -n; echo "exit=$?"
make --what-if=src --assume-new=src -n; echo "exit=$?"
