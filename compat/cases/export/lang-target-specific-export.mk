# target specific export
all: export T = t
all: ; @echo "[$$T]"