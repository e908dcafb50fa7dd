# export all special target
.EXPORT_ALL_VARIABLES:
V = 1
all: ; @echo "[$$V]"