# B n style
#| args: -B
all: ; @echo "[$$MAKEFLAGS]"