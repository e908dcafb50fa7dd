# a tab-indented ifeq after a rule is a recipe line
all:
	ifeq (a,a)
	@echo x