# --debug=v with vpath and GPATH: a file found in a GPATH directory goes by that name
#| normalise: banner
mkdir d
touch -d '2020-01-01' d/t d/u
touch s
printf 'GPATH = d\nvpath %% d\nall: t u\nt: s\n\t@echo remake $@\nu:\n' > Makefile
make --debug=v; echo "exit=$?"
make --debug=v t; echo "exit=$?"
printf 'vpath %% d\nall: t u\nt: s\n\t@echo remake $@\nu: ; @:\n' > Makefile
make --debug=v; echo "exit=$?"
