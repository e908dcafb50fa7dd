# Pattern prerequisites with several %: each is replaced by the stem.
#| setup: touch a.src a.hdr
%.obj: %.src %.hdr common
	@echo $@: $^
common: ; @:
all: a.obj ; @:
.DEFAULT_GOAL := all
