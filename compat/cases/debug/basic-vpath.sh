# --debug=b with a target found through vpath that must be remade
#| normalise: banner
mkdir d
touch -d '2020-01-01' d/t
touch s
printf 'vpath t d\nall: t\nt: s\n\t@echo remake $@\n' > Makefile
make --debug=b; echo "exit=$?"
