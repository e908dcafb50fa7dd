# SHELL as a target-specific variable.
b: SHELL = /bin/bash
all: a b
a: ; @echo a $${BASH_VERSION:+bash}
b: ; @echo b $${BASH_VERSION:+bash}
