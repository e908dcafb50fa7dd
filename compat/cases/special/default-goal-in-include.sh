# .DEFAULT_GOAL set in an included file is honoured by the including makefile.
echo '.DEFAULT_GOAL := b' > goal.mk
printf 'include goal.mk\na: ; @echo a\nb: ; @echo b\n' > Makefile
make; echo "exit=$?"
