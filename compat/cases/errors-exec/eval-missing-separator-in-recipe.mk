# A line that is no rule at all, $(eval)ed from a later recipe line: missing separator at
# that recipe line.
all:
	@echo one
	@echo two $(eval x)
