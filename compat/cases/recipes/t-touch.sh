# -t touches targets instead of running recipes, printing "touch X" lines (manual 9.3).
touch -d '2020-01-01 00:00:00' src
printf 'out: src\n\t@echo real build\nphony:\n\t@echo phony\n.PHONY: phony\n' > Makefile
make -t; echo "exit=$?"
ls
make; echo "exit=$?"
make -t phony; echo "exit=$?"
