# Setting MAKELEVEL in the makefile changes $(MAKELEVEL), but recipes still get the real level (1) in the environment.
MAKELEVEL = 5
all:
	@echo make=$(MAKELEVEL) env=$$MAKELEVEL
