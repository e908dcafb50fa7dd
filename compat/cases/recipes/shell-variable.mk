# SHELL = /bin/bash makes recipes run under bash.
SHELL = /bin/bash
all:
	@[[ -n "$$BASH_VERSION" ]] && echo bash
