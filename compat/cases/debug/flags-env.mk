# debug flags from MAKEFLAGS in the environment
#| env: MAKEFLAGS=--debug=b
#| normalise: banner
all: ; @echo 'MF=$(MAKEFLAGS)'
