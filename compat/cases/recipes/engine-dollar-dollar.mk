all:
	@echo $$HOME | grep -c .
