# SHELL set in the makefile is not exported unless asked; "export SHELL" passes it on.
SHELL = /bin/bash
all: plain exported
plain:
	@echo plain SHELL-in-env=[$$(env | grep -c '^SHELL=')]
exported: export SHELL = /bin/bash
exported:
	@echo exported SHELL-in-env=[$$(env | grep '^SHELL=')]
