# k
#| args: -k
all: ; @echo "[$$MAKEFLAGS] [$$MFLAGS] [$(MAKEFLAGS)]"