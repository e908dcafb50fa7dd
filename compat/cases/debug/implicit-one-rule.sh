# --debug=i without built-in rules: the pattern rule found, its prerequisite searched too
#| normalise: banner
touch a.c
printf 'all: a.o\n\t@echo all\n%%.o: %%.c\n\t@echo cc $<\n' > Makefile
make --debug=i -r; echo "exit=$?"
