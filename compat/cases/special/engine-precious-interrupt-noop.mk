.PRECIOUS: out
out:
	@echo made > $@
