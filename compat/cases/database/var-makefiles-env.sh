#| normalise: database
# MAKEFILES from the environment: the listed makefile is read first (its variables and
# entry), and is not a default goal candidate.
printf 'FROM_MAKEFILES = yes\nextra-target: ; @echo never\n' > extra.mk
printf 'all: ; @echo $(FROM_MAKEFILES)\n' > Makefile
MAKEFILES=extra.mk make -rR -p; echo "exit=$?"
