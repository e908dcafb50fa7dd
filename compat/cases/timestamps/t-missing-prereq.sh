# -t on a target whose prerequisite has no rule and is missing: still the "No rule" error.
printf 'out: gone\n\t@echo build\n' > Makefile
make -t; echo "exit=$?"
ls
