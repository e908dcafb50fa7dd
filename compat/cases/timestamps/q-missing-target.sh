# -q with a missing target that has a recipe: exit 1; with a missing target without rule: exit 2.
printf 'out:\n\t@echo build\n' > Makefile
make -q out; echo "exit=$?"
make -q other; echo "exit=$?"
