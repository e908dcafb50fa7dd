# A comment after the prerequisite list is stripped; after ";" in a recipe it goes to the shell.
all: a # not a prerequisite
	@echo '$^'
a: ; @echo a # shell comment, not printed
