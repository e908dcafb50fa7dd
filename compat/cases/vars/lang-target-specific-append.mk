# target specific append
X = g
all: X += t
all: ; @echo [$(X)]