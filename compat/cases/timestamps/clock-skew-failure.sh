# After a failed recipe GNU stops before the closing warning, unless -k.
printf 'all: a b\n\t@echo built\nb: a\n\tfalse\n' > Makefile
touch -d '+1000 sec' a
make; echo "exit=$?"
make -k; echo "exit=$?"
make -i; echo "exit=$?"
