# A define used as a canned recipe: each line becomes a recipe line (manual 5.8).
define run-both
@echo one $@
@echo two $@
endef
all:
	$(run-both)
