# mflags env ignored
#| env: MFLAGS=-k
all: ; @echo "[$$MAKEFLAGS] [$$MFLAGS] [$(MAKEFLAGS)]"