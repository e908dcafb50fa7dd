# --debug=b reaches a sub-make through MAKEFLAGS; its trace comes before its own lines
#| args: --debug=b
#| normalise: banner
top: ; @$(MAKE) -C . --no-print-directory inner
inner: ; @echo 'inner $(MAKEFLAGS)'
