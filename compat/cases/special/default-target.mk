# .DEFAULT supplies the recipe for prerequisites with no rule at all (manual 4.9).
all: missing1 missing2
	@echo all done
.DEFAULT:
	@echo default for $@
