# =x on the command line is an assignment with an empty name: fatal
#| args: =x
all: ; @echo x
