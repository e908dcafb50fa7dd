# under -e MAKEFLAGS has origin environment override and is exported unexpanded
#| args: -e X=1
all: ; @echo "[$$MAKEFLAGS]"
