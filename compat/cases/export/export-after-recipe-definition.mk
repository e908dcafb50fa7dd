# export takes effect for all recipes no matter where in the makefile it appears.
all:
	@echo LATE=[$$LATE]
LATE = yes
export LATE
