#| args: -rR -p -q
#| normalise: database
# Double-colon rules: each rule is its own entry with its own recipe.
all:: first
	@echo one
all:: second
	@echo two
all::
	@echo three
first second: ; @:
