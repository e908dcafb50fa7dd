# MAKEOVERRIDES holds the command-line variable assignments (manual 5.7.3).
#| args: A=1 B='two words'
$(info MAKEOVERRIDES=[$(MAKEOVERRIDES)] value=[$(value MAKEOVERRIDES)])
all: ; @:
