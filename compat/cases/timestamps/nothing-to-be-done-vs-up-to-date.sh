# "Nothing to be done" for goals without recipes; "is up to date" for goals with recipes.
touch -d '2020-01-01 00:00:00' f
printf 'f:\n\t@echo never\nall: f\n.PHONY: p\np:\n' > Makefile
make f; echo "exit=$?"
make all; echo "exit=$?"
make p; echo "exit=$?"
