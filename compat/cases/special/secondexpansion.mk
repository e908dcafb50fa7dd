# .SECONDEXPANSION: $$ in prerequisites expands a second time with automatic vars (manual 3.9).
.SECONDEXPANSION:
main_OBJS = a b
all: main
main: $$($$@_OBJS)
	@echo $@ needs $^
a b: ; @:
