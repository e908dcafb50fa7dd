define RECIPE
@echo one
@echo two
endef
all:
	$(RECIPE)
