# a target-specific ?= is decided against what is defined when the line is read
all: v ?= target
v = $(v)
all: ; @echo "[$(v)]"
