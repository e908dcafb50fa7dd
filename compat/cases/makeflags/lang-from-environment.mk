# from environment
#| env: MAKEFLAGS=k
all: ; @echo "[$$MAKEFLAGS] [$$MFLAGS] [$(MAKEFLAGS)]"