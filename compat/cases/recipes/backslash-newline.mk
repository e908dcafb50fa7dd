# Backslash-newline in a recipe is passed to the shell; a leading tab on the continuation is removed (manual 5.1.1).
all:
	@echo one \
	two \
  three
	@echo 'in quotes \
	kept'
