# export var
export A = 1
B = 2
all: ; @echo "[$$A] [$$B]"