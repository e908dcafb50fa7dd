# warn undefined
#| args: --warn-undefined-variables
all: ; @echo "[$$MAKEFLAGS] [$$MFLAGS] [$(MAKEFLAGS)]"