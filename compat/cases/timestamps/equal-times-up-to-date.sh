# Equal modification times count as up to date.
printf 'out: in\n\t@echo rebuild\n' > Makefile
touch -d '2020-01-01 00:00:00' in out
make; echo "exit=$?"
