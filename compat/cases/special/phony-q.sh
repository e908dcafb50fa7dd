# make -q on a phony target with a recipe is always "not up to date" (exit 1).
printf '.PHONY: p\np:\n\t@echo p\nempty:\n.PHONY: empty\n' > Makefile
make -q p; echo "exit=$?"
make -q empty; echo "exit=$?"
