# export all
export
V = 1
all: ; @echo "[$$V]"