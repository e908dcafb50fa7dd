# target var error location
t: w ?= $(w)
all: t ; @:
t: ; @echo "[$(w)]"
