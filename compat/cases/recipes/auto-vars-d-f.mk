# D and F forms of automatic variables on paths with directories (manual 10.5.3).
#| setup: mkdir -p d1 d2 && touch d1/a.c d2/b.c
all: out/t.x ; @:
out/t.x: d1/a.c d2/b.c
	@echo '@D=$(@D) @F=$(@F) <D=$(<D) <F=$(<F) ^D=$(^D) ^F=$(^F) ?D=$(?D)'
