# -q -W FILE: a target depending on FILE is reported out of date.
printf 'out: in\n\t@echo build\n' > Makefile
touch -d '2020-01-01 00:00:00' in
touch -d '2020-01-02 00:00:00' out
make -q; echo "exit=$?"
make -q -W in; echo "exit=$?"
