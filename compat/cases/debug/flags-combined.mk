# --debug=b,m (makefiles remade are traced too) and how MAKEFLAGS carries the flags
#| args: --debug=b,m --debug=v -s
#| normalise: banner
all: ; @echo 'MF=$(MAKEFLAGS)'
