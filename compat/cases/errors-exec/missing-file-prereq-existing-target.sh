# An existing target with a missing prerequisite and no rule is still an error.
touch out
printf 'out: gone\n\t@echo build\n' > Makefile
make; echo "exit=$?"
