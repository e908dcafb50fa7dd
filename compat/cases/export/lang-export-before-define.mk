# export before define
export A
A = later
all: ; @echo "[$$A]"