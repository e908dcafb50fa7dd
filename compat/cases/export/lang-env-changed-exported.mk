# env changed exported
#| env: FROMENV=x
FROMENV = changed
all: ; @echo "[$$FROMENV]"