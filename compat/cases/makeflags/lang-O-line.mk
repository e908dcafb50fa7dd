# O line
#| args: -Oline
all: ; @echo "[$$MAKEFLAGS] [$$MFLAGS] [$(MAKEFLAGS)]"