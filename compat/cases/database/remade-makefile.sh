#| normalise: database
# The makefile itself is out of date and remade from a template: make re-executes, so there
# are two data bases, the second with MAKE_RESTARTS.
printf 'all: ; @echo new makefile\nMakefile: Makefile.in ; @cp $< $@ && echo remade\n' > Makefile.in
printf 'all: ; @echo old makefile\nMakefile: Makefile.in ; @cp $< $@ && echo remade\n' > Makefile
touch -d '2020-01-01 00:00:00' Makefile
touch -d '2020-01-02 00:00:00' Makefile.in
make -rR -p; echo "exit=$?"
