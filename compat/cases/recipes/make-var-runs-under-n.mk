# Lines containing $(MAKE) run even under -n (manual 5.7.1).
#| args: -n
all:
	@echo '$(MAKE)' is here
	@echo plain line
