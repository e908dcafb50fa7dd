# MAKEFLAGS and MFLAGS as seen in a recipe and at parse time with args: -n (manual 5.7.3).
#| args: -n
$(info parse MAKEFLAGS=[$(MAKEFLAGS)])
all:
	+@echo "MAKEFLAGS=[$$MAKEFLAGS] MFLAGS=[$$MFLAGS] make-var=[$(MAKEFLAGS)]"
