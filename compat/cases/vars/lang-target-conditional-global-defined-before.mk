# target conditional global defined before
v = global
all: v ?= target
all: ; @echo "[$(v)]"
