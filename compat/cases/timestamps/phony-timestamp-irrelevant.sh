# A phony prerequisite always counts as newer, even if a same-named file is old.
touch -d '2020-01-01 00:00:00' p
touch -d '2020-01-02 00:00:00' out
printf '.PHONY: p\nout: p\n\t@echo rebuild out\np:\n\t@echo run p\n' > Makefile
make; echo "exit=$?"
