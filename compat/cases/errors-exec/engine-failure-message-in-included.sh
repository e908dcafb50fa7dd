printf 'a:\n\t@echo in inc\n\t@false\n' > inc.mk
printf 'include inc.mk\n' > Makefile
make; echo "rc=$?"
