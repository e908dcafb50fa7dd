# --always-make is -B.
touch -d '2020-01-02 00:00:00' out
touch -d '2020-01-01 00:00:00' in
printf 'out: in\n\t@echo remake\n' > Makefile
make --always-make; echo "exit=$?"
