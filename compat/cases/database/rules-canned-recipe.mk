#| args: -rR -p -q
#| normalise: database
# Recipes with comments, blank lines, continuation lines, a canned define and a multi-line
# variable reference: printed as written, one tab per line.
define CANNED
@echo canned one
@echo canned two
endef
all:
	@echo first \
	  second \
		third

	# a comment in the recipe
	$(CANNED)
	@echo 'quoted # hash' "and \"escapes\""
	@printf '%s\n' $$HOME
