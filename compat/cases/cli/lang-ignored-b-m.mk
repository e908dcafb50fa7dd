# ignored b m
#| args: -b -m
all: ; @echo x