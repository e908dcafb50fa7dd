all:
	@echo $$MAKELEVEL
