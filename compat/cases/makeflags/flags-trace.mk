# MAKEFLAGS and MFLAGS as seen in a recipe and at parse time with args: --trace (manual 5.7.3).
#| known-difference: --trace is not reproduced in MAKEFLAGS yet
#| args: --trace
$(info parse MAKEFLAGS=[$(MAKEFLAGS)])
all:
	+@echo "MAKEFLAGS=[$$MAKEFLAGS] MFLAGS=[$$MFLAGS] make-var=[$(MAKEFLAGS)]"
