# env exported by default
#| env: FROMENV=x
all: ; @echo "[$$FROMENV]"