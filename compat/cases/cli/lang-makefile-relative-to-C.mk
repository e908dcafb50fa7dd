# makefile relative to C
#| args: -C sub -f other.mk
#| setup: mkdir sub
#| setup: echo 'x: ; @echo other in sub' > sub/other.mk
all: ; @:
