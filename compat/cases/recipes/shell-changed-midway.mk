# SHELL is looked up when each recipe runs; the last global assignment applies to all recipes.
SHELL = /bin/sh
all:
	@echo $${BASH_VERSION:+bash}x
SHELL = /bin/bash
