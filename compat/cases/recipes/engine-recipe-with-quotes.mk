all:
	@echo "double" 'single' "mix 'q'"
