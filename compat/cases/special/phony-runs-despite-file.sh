# .PHONY targets run even when a file of that name exists (manual 4.6).
touch clean
printf 'clean:\n\t@echo cleaning\n' > Makefile
make clean; echo "exit=$?"
printf '.PHONY: clean\nclean:\n\t@echo cleaning\n' > Makefile
make clean; echo "exit=$?"
