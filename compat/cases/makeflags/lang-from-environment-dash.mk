# from environment dash
#| env: MAKEFLAGS=-s
all: ; @echo "[$$MAKEFLAGS] [$$MFLAGS] [$(MAKEFLAGS)]"