# .DEFAULT supplies a recipe for targets with no rule; $< is empty? (manual 4.9).
all: missing1 missing2
	@echo all done
.DEFAULT:
	@echo default for $@
