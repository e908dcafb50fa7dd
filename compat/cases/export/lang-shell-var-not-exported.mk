# shell var not exported
SHELL = /bin/sh
all: ; @echo "[$${SHELL-unset}]"