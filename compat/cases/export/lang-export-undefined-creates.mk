# export undefined creates
export NEWV
all: ; @echo "[$(origin NEWV)] [$${NEWV-unset}]"