# variable append form
#| args: 'C+=z'
all: ; @echo "[$$MAKEFLAGS] [$$MFLAGS] [$(MAKEFLAGS)]"