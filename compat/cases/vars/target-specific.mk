# Target-specific variables apply inside that target's recipe and its prerequisites' (manual 6.11).
X = global
all: X = for-all
all: dep
	@echo all X=$(X)
dep:
	@echo dep X=$(X)
other:
	@echo other X=$(X)
