#| args: -rR -p
#| normalise: database
# .DELETE_ON_ERROR: the half-made target is deleted after its recipe fails.
.DELETE_ON_ERROR:
out.txt:
	@echo partial > $@
	@exit 1
