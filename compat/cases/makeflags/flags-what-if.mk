# MAKEFLAGS and MFLAGS as seen in a recipe and at parse time with args: -W new.x (manual 5.7.3).
#| args: -W new.x
$(info parse MAKEFLAGS=[$(MAKEFLAGS)])
all:
	+@echo "MAKEFLAGS=[$$MAKEFLAGS] MFLAGS=[$$MFLAGS] make-var=[$(MAKEFLAGS)]"
