# --debug=b under -q: the target that needs remaking
#| args: --debug=b -q
#| normalise: banner
all: x
x: ; @echo x
