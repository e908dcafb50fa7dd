#| args: -rR -p -n
#| normalise: database
# -n: recipes are printed, not run; every file is "updated" without existing.
all: a b
	@echo all from $^
a: ; echo making a > a
b: a
	echo making b
	touch b
