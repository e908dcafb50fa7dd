# j optional number
#| args: -j 1
all: ; @echo x