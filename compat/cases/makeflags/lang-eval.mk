# eval
#| args: --eval=X=1
all: ; @echo "[$$MAKEFLAGS] [$$MFLAGS] [$(MAKEFLAGS)]"