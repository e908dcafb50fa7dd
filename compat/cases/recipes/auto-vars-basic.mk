# Automatic variables $@ $< $^ $+ $? $| $* (manual 10.5.3).
#| setup: touch p1 p2 o1
all: t ; @:
t: p1 p2 p1 | o1
	@echo '@=$@ <=$< ^=$^ +=$+ |=$| *=[$*]'
