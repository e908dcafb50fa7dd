SHELL = /bin/bash
all:
	@echo $${BASH_VERSION:+bash}
