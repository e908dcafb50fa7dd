# default vars not exported
all: ; @echo "[$${CC-unset}]"