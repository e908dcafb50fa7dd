# -o FILE treats FILE as very old: it is not remade and does not trigger dependents.
touch -d '2020-01-01 00:00:00' out
printf 'out: mid\n\t@echo remake out\nmid:\n\t@echo remake mid\n' > Makefile
make; echo "exit=$?"
make -o mid; echo "exit=$?"
