printf 'out:\n\t+@echo plus\n\t@echo normal\n' > Makefile
make -t; echo "exit=$?"; ls
