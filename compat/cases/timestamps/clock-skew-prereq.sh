# A prerequisite dated in the future: GNU warns about the first such file it looks at, once,
# and closes with the clock-skew warning; under -q, -n and -t too.
printf 'all: a b\n\t@echo built\na:\n\t@echo mk-a\nb: a\n\t@echo mk-b\n' > Makefile
touch -d '+1000 sec' a
touch -d '+300 sec' b
make; echo "exit=$?"
rm -f b; make -q; echo "exit=$?"
make -n; echo "exit=$?"
make -t; echo "exit=$?"
