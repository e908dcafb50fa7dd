all: gen
	@echo all
gen:
	@touch gen
