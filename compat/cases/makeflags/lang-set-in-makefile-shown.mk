# set in makefile shown
MAKEFLAGS += -k
all: ; @echo "[$$MAKEFLAGS]"