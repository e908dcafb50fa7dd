# -B with phony and file targets: everything runs.
touch -d '2020-01-01 00:00:00' f
printf '.PHONY: p\nall: p f\np:\n\t@echo p\nf:\n\t@echo f\n' > Makefile
make; echo "exit=$?"
make -B; echo "exit=$?"
