# file var not exported
V = 1
all: ; @echo "[$${V-unset}]"