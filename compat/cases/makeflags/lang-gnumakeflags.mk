# gnumakeflags
#| env: GNUMAKEFLAGS=-k
all: ; @echo "[$$MAKEFLAGS] [$$MFLAGS] [$(MAKEFLAGS)]"