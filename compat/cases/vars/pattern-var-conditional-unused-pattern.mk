# A pattern's `?=` for an existing global changes that global's flags only when a file
# matching the pattern is considered: with `b.o` as the goal, `a.%` never applies and V
# stays visible (under -e too).
#| args: -e b.o
V = global
a.%: private V ?= $(W)
b.o: X = $(V)+
all: b.o a.o
b.o a.o:
	@echo $@ [$(V)] [$(X)]
