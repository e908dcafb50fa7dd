# export
export define X
exported value
endef
all: ; @echo "[$$X]"