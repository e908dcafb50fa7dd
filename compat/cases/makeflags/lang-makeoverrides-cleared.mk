# makeoverrides cleared
#| args: -k A=1
MAKEOVERRIDES =
all: ; @echo "[$$MAKEFLAGS]"