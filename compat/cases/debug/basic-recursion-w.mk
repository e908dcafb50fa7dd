# --debug=b in a sub-make printing its directory: the trace comes before "Entering"
#| args: --debug=b
#| normalise: banner
top: ; @$(MAKE) -C . inner
inner: ; @echo inner
