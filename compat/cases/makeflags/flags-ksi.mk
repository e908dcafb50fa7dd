# MAKEFLAGS and MFLAGS as seen in a recipe and at parse time with args: -k -s -i (manual 5.7.3).
#| args: -k -s -i
$(info parse MAKEFLAGS=[$(MAKEFLAGS)])
all:
	+@echo "MAKEFLAGS=[$$MAKEFLAGS] MFLAGS=[$$MFLAGS] make-var=[$(MAKEFLAGS)]"
