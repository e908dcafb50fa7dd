# --warn-undefined-variables warns on each reference to an undefined variable.
#| args: --warn-undefined-variables
x := $(nothere)
all:
	@echo [$(alsonot)]
