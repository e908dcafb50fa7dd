# A rule $(eval)ed from a recipe is an error reported at the rule's first recipe line, after
# the eval text's own syntax errors; target-specific variables may be defined there.
#| args: all bad
all:
	@echo one $(eval a: X = 1) $(eval : b)
	@echo two $(eval b: Y := 2)
	@echo three [$(X)]
bad:
	@echo one
	@echo two
	@echo three $(eval a:b)
