# A SHELL whose first word is an assignment: GNU hands the whole escaped command line to
# /bin/sh -c (which applies it), for recipes and $(shell) alike; with quotes in SHELL, those are
# escaped first (so `"` is a literal character and the shell complains about it).
printf 'override SHELL := FOO=1 /bin/sh\n$(info [$(shell echo hi $$FOO)])\nall: ; @echo "r $$0 $$FOO" ; echo x\n' > Makefile
make; echo "exit=$?"
printf 'override SHELL := PS4="cmd: " /bin/sh\n$(info [$(shell echo hi)])\nall: ; @echo r\n' > Makefile
make; echo "exit=$?"
