# -o mid: mid is not remade even though its prerequisite is newer, and top is not remade because of it.
printf 'top: mid\n\t@echo make top\nmid: src\n\t@echo make mid\n' > Makefile
touch -d '2020-01-01 00:00:00' mid
touch -d '2020-01-02 00:00:00' top
touch -d '2020-01-03 00:00:00' src
make -o mid; echo "exit=$?"
make; echo "exit=$?"
