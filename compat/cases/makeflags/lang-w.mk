# w
#| args: -w
all: ; @echo "[$$MAKEFLAGS] [$$MFLAGS] [$(MAKEFLAGS)]"