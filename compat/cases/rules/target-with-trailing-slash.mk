# Targets "dir/" and "dir" are different names to make.
all: out/ ; @:
out/: ; @echo made '$@'
