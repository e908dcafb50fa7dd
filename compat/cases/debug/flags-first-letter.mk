# --debug words count by their first letter only
#| args: --debug=bogus
#| normalise: banner
all: ; @echo 'MF=$(MAKEFLAGS)'
