# i ignore
#| args: -i
all: ; @false
	@echo after