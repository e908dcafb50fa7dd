# MAKEFLAGS and MFLAGS as seen in a recipe and at parse time with args: -I /nonexistent-inc (manual 5.7.3).
#| args: -I /nonexistent-inc
$(info parse MAKEFLAGS=[$(MAKEFLAGS)])
all:
	+@echo "MAKEFLAGS=[$$MAKEFLAGS] MFLAGS=[$$MFLAGS] make-var=[$(MAKEFLAGS)]"
