# Pattern-specific variables: %.o: VAR applies to matching targets (manual 6.12).
%.x: KIND = ex
all: a.x b.y
a.x b.y:
	@echo $@ KIND=[$(KIND)]
