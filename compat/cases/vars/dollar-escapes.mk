# $$ in values and recipes yields a literal $ for the shell.
v = cost $$5
all:
	@echo '$(v)'
	@x=shellvar; echo $$x
