# A suffix rule defined after the target that uses it still applies.
#| setup: echo hi > a.src
all: a.dst
.SUFFIXES: .src .dst
.src.dst: ; @echo convert $< to $@
