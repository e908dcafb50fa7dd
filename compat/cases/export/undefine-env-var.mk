# undefine of a variable that came from the environment also removes it from the recipe environment.
#| env: FROMENV=orig
undefine FROMENV
all:
	@echo make=[$(FROMENV)] shell=[$$FROMENV]
