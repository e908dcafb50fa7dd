# command line exported
#| args: CLI=val
all: ; @echo "[$$CLI]"