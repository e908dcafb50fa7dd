#| setup: touch p.y
all: p.c p.h
%.c %.h: %.y
	@echo run $@
