# With another SHELL or .SHELLFLAGS the command always goes through the shell.
SHELL := /bin/bash
A := $(shell nosuch-one)
$(info [$(A)] $(.SHELLSTATUS))
.SHELLFLAGS := -ec
SHELL := /bin/sh
B := $(shell nosuch-two)
$(info [$(B)] $(.SHELLSTATUS))
all:;@:
