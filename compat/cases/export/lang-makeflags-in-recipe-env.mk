# makeflags in recipe env
#| args: -k
all: ; @echo "[$$MAKEFLAGS]"