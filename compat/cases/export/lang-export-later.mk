# export later
A = 1
export A
all: ; @echo "[$$A]"