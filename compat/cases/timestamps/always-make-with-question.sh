# -B together with -q reports "not up to date" for everything.
touch -d '2020-01-01 00:00:00' in
touch -d '2020-01-02 00:00:00' out
printf 'out: in\n\t@echo build\n' > Makefile
make -q; echo "exit=$?"
make -q -B; echo "exit=$?"
