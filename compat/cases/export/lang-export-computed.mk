# export computed
A = 1
N = A
export $(N)
all: ; @echo "[$$A]"