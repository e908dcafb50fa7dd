# MAKEFLAGS and MFLAGS as seen in a recipe and at parse time with args: -o old.x (manual 5.7.3).
#| args: -o old.x
$(info parse MAKEFLAGS=[$(MAKEFLAGS)])
all:
	+@echo "MAKEFLAGS=[$$MAKEFLAGS] MFLAGS=[$$MFLAGS] make-var=[$(MAKEFLAGS)]"
