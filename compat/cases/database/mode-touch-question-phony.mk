#| args: -rR -p -n
#| normalise: database
# -n with phony targets, a + line that runs anyway, and a recipe made only of @-lines.
.PHONY: all clean
all: clean gen
clean:
	@echo cleaning
gen:
	+@echo plus-line runs > gen
