# A multi-word SHELL is split as GNU splits the command line it builds: double quotes and `$`
# are escaped first (literal characters), single quotes still group, blanks separate.
printf 'override SHELL := env A="b c" /bin/sh\n$(info [$(shell echo hi)])\nall: ; @echo r\n' > Makefile
make; echo "exit=$?"
printf "override SHELL := env A='b c' /bin/sh\n\$(info [\$(shell echo \$\$A)])\nall: ; @echo \"r \$\$A\"\n" > Makefile
make; echo "exit=$?"
printf 'override SHELL := /bin/sh $${X}\n$(info [$(shell echo hi)])\nall: ; @echo r\n' > Makefile
make; echo "exit=$?"
printf 'override SHELL := /bin/sh -x\n$(info [$(shell echo hi)])\nall: ; @echo "r $$0"\n' > Makefile
make; echo "exit=$?"
