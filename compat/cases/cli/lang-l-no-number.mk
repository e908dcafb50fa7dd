# l no number
#| args: -l all
all: ; @echo x