# MAKEFLAGS and MFLAGS as seen in a recipe and at parse time with args: --trace (manual 5.7.3).
#| args: --trace
$(info parse MAKEFLAGS=[$(MAKEFLAGS)])
all:
	+@echo "MAKEFLAGS=[$$MAKEFLAGS] MFLAGS=[$$MFLAGS] make-var=[$(MAKEFLAGS)]"
