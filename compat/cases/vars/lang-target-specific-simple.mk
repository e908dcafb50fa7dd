# target specific simple
Y = 1
all: X := $(Y)
Y = 2
all: ; @echo [$(X)]