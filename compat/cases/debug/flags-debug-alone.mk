# --debug alone is --debug=basic in MAKEFLAGS
#| args: --debug -s
#| normalise: banner
all: ; @echo 'MF=$(MAKEFLAGS)'
