# C twice cumulative
#| args: -C a -C b
#| setup: mkdir -p a/b
#| setup: echo 'x: ; @echo in a/b' > a/b/Makefile
all: ; @:
