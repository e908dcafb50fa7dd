# a line that expands to nothing is ignored, recipe after ; included
$(e) ; echo never
all: ; @echo ok
