# `SHELL` from the environment and from the command line, and a target-specific
# `export SHELL = ...`: the recipe's environment gets the command-line value.
#| env: SHELL=/bin/bash
#| args: SHELL=/bin/sh
all: export SHELL = /bin/dash
all:
	@echo "[$$SHELL] [$(SHELL)]"
