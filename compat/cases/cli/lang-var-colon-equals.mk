# var colon equals
#| args: 'V:=$(Y)'
Y = y
all: ; @echo "[$(V)] $(flavor V)"