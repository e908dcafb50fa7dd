# from environment long
#| env: MAKEFLAGS= --no-print-directory
all: ; @echo "[$$MAKEFLAGS] [$$MFLAGS] [$(MAKEFLAGS)]"