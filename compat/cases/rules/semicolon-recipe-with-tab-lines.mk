# A recipe can start after ";" and continue on tab lines.
all: ; @echo first
	@echo second
