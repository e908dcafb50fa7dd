# -q runs nothing: exit 0 if up to date, 1 if not (manual 9.3).
touch -d '2020-01-02 00:00:00' out
touch -d '2020-01-01 00:00:00' src
printf 'out: src\n\t@echo build\n' > Makefile
make -q; echo "exit=$?"
touch -d '2020-01-03 00:00:00' src
make -q; echo "exit=$?"
make -q nothere; echo "exit=$?"
