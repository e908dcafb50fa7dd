#| args: -n
all:
	@echo $(MAKE) runs
	@echo not run
