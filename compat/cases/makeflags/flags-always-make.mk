# MAKEFLAGS and MFLAGS as seen in a recipe and at parse time with args: -B (manual 5.7.3).
#| args: -B
$(info parse MAKEFLAGS=[$(MAKEFLAGS)])
all:
	+@echo "MAKEFLAGS=[$$MAKEFLAGS] MFLAGS=[$$MFLAGS] make-var=[$(MAKEFLAGS)]"
