# MAKEFLAGS and MFLAGS as seen in a recipe and at parse time with args: V=1 'W=a b' (manual 5.7.3).
#| args: V=1 'W=a b'
$(info parse MAKEFLAGS=[$(MAKEFLAGS)])
all:
	+@echo "MAKEFLAGS=[$$MAKEFLAGS] MFLAGS=[$$MFLAGS] make-var=[$(MAKEFLAGS)]"
