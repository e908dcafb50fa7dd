# --debug=b with an included makefile that is remade: make reads everything again
#| normalise: banner
printf 'all: ; @echo X=$(X)\ninclude inc.mk\ninc.mk: ; @echo X=1 > $@\n' > Makefile
make --debug=b; echo "exit=$?"
make --debug=b; echo "exit=$?"
