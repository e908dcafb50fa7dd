# A makefile whose last line has no newline is read normally.
printf 'all:\n\t@echo last line ok' > Makefile
make; echo "exit=$?"
