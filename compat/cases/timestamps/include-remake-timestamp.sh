# An out-of-date included makefile is remade and make restarts; an up-to-date one is not.
printf 'include inc.mk\ninc.mk: inc.src\n\t@echo regenerating inc.mk\n\t@echo "V = new" > inc.mk\nall: ; @echo V=$(V)\n.DEFAULT_GOAL := all\n' > Makefile
echo 'V = old' > inc.mk
touch -d '2020-01-02 00:00:00' inc.mk
touch -d '2020-01-01 00:00:00' inc.src
make; echo "exit=$?"
touch -d '2020-01-03 00:00:00' inc.src
make; echo "exit=$?"
