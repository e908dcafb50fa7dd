all: ; @echo semi
	@echo tab
