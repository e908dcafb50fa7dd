# makelevel in recipe
all: ; @echo "[$$MAKELEVEL]"