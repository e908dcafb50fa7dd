# A tab line after a variable assignment that follows a rule: the rule context ended, so "recipe commences before first target".
all: ; @echo all
X = 1
	@echo orphan
