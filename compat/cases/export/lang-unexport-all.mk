# unexport all
export
unexport
V = 1
all: ; @echo "[$${V-unset}]"