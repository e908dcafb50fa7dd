# debug flags a makefile adds to MAKEFLAGS: the trace starts after reading (no banner)
#| normalise: banner
printf 'MAKEFLAGS += --debug=b\nall: ; @echo "MF=$(MAKEFLAGS)"\n' > Makefile
make -s; echo "exit=$?"
make -s --debug=b; echo "exit=$?"
printf 'MAKEFLAGS += --debug=b --debug=v\nall: ; @echo "MF=$(MAKEFLAGS)"\n' > Makefile
make -s; echo "exit=$?"
