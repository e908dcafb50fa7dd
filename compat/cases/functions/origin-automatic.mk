# $(origin @) inside a recipe is "automatic".
all:
	@echo $(origin @) $(origin <) $(flavor @)
