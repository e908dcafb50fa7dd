# export multiple
A = 1
B = 2
export A B
all: ; @echo "[$$A$$B]"