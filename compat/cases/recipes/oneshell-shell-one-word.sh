# Under .ONESHELL, $(SHELL) is one program name (a space in it is part of the name) and
# .SHELLFLAGS is split at blanks only (quotes stay), for recipes and $(shell) alike, from the
# .ONESHELL line on.
printf '.ONESHELL:\nSHELL := /bin/echo\n.SHELLFLAGS := "a  b" c\\\\ d\n$(info [$(shell echo hi)])\nall: ; @echo "r $$0"\n\techo two\n' > Makefile
make; echo "exit=$?"
printf '.ONESHELL:\nSHELL := /bin/sh -x\n$(info [$(shell echo hi)])\nall: ; @echo r\n' > Makefile
make; echo "exit=$?"
printf 'SHELL := /bin/sh -x\n$(info [$(shell echo before)])\n.ONESHELL:\n$(info [$(shell echo after)])\nall: ; @echo r\n' > Makefile
make; echo "exit=$?"
