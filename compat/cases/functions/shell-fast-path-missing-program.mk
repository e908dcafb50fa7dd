# $(shell) runs a command without shell syntax directly, as recipes do: a missing program
# is reported by make itself, and .SHELLSTATUS is 127.
A := $(shell nosuch-config --cflags)
$(info [$(A)] $(.SHELLSTATUS))
B != nosuch-other arg
$(info [$(B)] $(.SHELLSTATUS))
C := $(shell nosuch-third; echo after)
$(info [$(C)] $(.SHELLSTATUS))
all:
	@echo "[$(shell nosuch-in-recipe x)] $(.SHELLSTATUS)"
