all: d/x.c
	@echo $(@D) $(@F) $(<D) $(<F)
d/x.c:
	@:
