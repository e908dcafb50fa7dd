# Order-only prerequisites are respected under -j: the directory exists before the file.
#| args: -j4
all: d/f ; @cat d/f
d/f: | d ; @echo content > $@
d: ; @mkdir d
