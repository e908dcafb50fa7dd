# `a.o b.o: override private V ?= $(V)+` with V from the command line: for a.o the `?=`
# finds the global V and makes it private; for b.o that global is then unseen, so b.o
# gets its own recursive V, which refers to itself: GNU stops when b.o's recipe expands it.
#| args: V:=c$$W
all: a.o b.o
a.o b.o: override private V ?= $(V)+
a.o b.o:
	@echo '$@ [$(V)]'
