# target specific conditional
X = g
all: X ?= t
all: Y ?= t
all: ; @echo [$(X)] [$(Y)]