# $(warning) prints "Makefile:N: text" to stderr and expands to nothing.
x := [$(warning careful   now)]
$(info $(x))
all:
	$(warning in recipe)@echo done
