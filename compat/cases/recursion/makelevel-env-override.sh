# MAKELEVEL from the environment sets the starting level (and the message prefix).
printf 'all:\n\t@echo level=$(MAKELEVEL)\n\t@exit 1\n' > Makefile
MAKELEVEL=3 make; echo "exit=$?"
