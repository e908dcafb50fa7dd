# l next word leading digit
#| args: -l 1.5x
all: ; @echo x
