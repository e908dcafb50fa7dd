# unexport env
#| env: FROMENV=1
unexport FROMENV
all: ; @echo "[$${FROMENV-unset}]"