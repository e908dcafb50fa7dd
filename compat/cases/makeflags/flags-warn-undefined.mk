# MAKEFLAGS and MFLAGS as seen in a recipe and at parse time with args: --warn-undefined-variables (manual 5.7.3).
#| args: --warn-undefined-variables
$(info parse MAKEFLAGS=[$(MAKEFLAGS)])
all:
	+@echo "MAKEFLAGS=[$$MAKEFLAGS] MFLAGS=[$$MFLAGS] make-var=[$(MAKEFLAGS)]"
