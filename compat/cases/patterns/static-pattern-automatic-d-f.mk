# $(*D) $(*F) $(@D) $(@F) in a pattern rule on a path with a directory.
#| setup: mkdir -p dir && touch dir/f.c
%.o: %.c ; @echo '*D=$(*D) *F=$(*F) @D=$(@D) @F=$(@F) <D=$(<D) <F=$(<F)'
all: dir/f.o
.DEFAULT_GOAL := all
