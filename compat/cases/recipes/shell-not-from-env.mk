# SHELL is not taken from the environment (manual 5.3.2).
#| env: SHELL=/bin/false
all:
	@echo ran with [$(SHELL)]
