# .ONESHELL with SHELL=bash and .SHELLFLAGS = -e -c: the first failure stops the script.
.ONESHELL:
SHELL = /bin/bash
.SHELLFLAGS = -e -c
all:
	@echo first
	false
	echo not reached
