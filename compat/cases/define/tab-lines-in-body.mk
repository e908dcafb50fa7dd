# A define body whose lines start with a tab, used as a recipe: @ after the tab still silences each line.
define cmds
	@echo one
	@echo two
endef
all:
	$(cmds)
