# w flag
#| args: -w
all: ; @echo x