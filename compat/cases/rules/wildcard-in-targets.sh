# A wildcard in a target list is expanded when files match, kept literally when none do.
touch one.x two.x
printf '*.x: ; @echo target $@\n*.none: ; @echo literal $@\n' > Makefile
make two.x; echo "exit=$?"
make '*.none'; echo "exit=$?"
