# t touch
#| args: -t
all: ; @echo should not run