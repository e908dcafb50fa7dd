# export expanded value
export A = $(B)
B = late
all: ; @echo "[$$A]"