# --debug=m: the makefiles' phase is traced (one level deeper), then make reads again
#| normalise: banner
printf 'all: ; @echo all\n-include inc.mk\ninclude other.mk\ninc.mk: ; @echo X=1 > $@\nother.mk: ; @touch $@\n' > Makefile
make --debug=m; echo "exit=$?"
make --debug=m,v; echo "exit=$?"
