# MAKEFLAGS and MFLAGS as seen in a recipe and at parse time with args: --no-print-directory (manual 5.7.3).
#| args: --no-print-directory
$(info parse MAKEFLAGS=[$(MAKEFLAGS)])
all:
	+@echo "MAKEFLAGS=[$$MAKEFLAGS] MFLAGS=[$$MFLAGS] make-var=[$(MAKEFLAGS)]"
