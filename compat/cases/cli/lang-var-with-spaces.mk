# var with spaces
#| args: V='a b'
all: ; @echo "[$(V)]"