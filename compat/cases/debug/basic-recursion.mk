# --debug=b reaches a sub-make through MAKEFLAGS; its trace comes before its directory line
#| args: --debug=b
#| normalise: banner
top: ; @$(MAKE) -C . --no-print-directory inner MF='$(MAKEFLAGS)'
inner: ; @echo 'inner $(MAKEFLAGS)'
