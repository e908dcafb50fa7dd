# "is up to date" is printed per goal; a goal with a recipe that's up to date.
touch -d '2020-01-01 00:00:00' a b
printf 'a:\n\t@echo a\nb:\n\t@echo b\n' > Makefile
make a b; echo "exit=$?"
