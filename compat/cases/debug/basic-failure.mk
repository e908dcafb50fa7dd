# --debug=b: a failing recipe without -k stops make
#| args: --debug=b
#| normalise: banner
all: w z
w: ; @exit 1
z: ; @echo z
