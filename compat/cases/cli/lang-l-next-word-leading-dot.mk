# l next word leading dot
#| args: -l .5
all: ; @echo x
