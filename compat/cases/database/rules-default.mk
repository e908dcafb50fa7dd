#| args: -rR -p -q missing
#| normalise: database
# A .DEFAULT recipe used for a goal with no rule.
.DEFAULT:
	@echo default for $@
