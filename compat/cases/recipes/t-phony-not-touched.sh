# -t does not create phony targets; real targets are created empty.
printf '.PHONY: p\nall: p real\np:\n\t@echo p\nreal:\n\t@echo real\n' > Makefile
make -t; echo "exit=$?"
ls
