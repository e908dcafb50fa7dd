# --debug=b under -k: a failed recipe, a target given up on, the final message
#| args: --debug=b -k
#| normalise: banner
all: y z
y: w ; @echo y
w: ; @exit 3
z: ; @echo z
