# -p with an included makefile that is remade: GNU prints a data base before it re-reads.
#| normalise: database
printf 'include inc.mk\nall: ; @echo $(V)\ninc.mk:\n\techo V=1 > $@\n' > Makefile
make -p -r
