# `%: override V += x` then a plain `a.%: V = y`: applied to `a.o` (shorter pattern first)
# the plain line cannot replace the override value but clears its `+=` mark, so `a.o` sees
# only `x`; other files append to the value inherited from their parent.
V = g
a.%: V = $@
%: override V += x
%.o: W = 1
a.%: override W += 2
all: lib b.o
	@echo all [$(V)] [$(W)]
lib: a.o
	@echo lib [$(V)] [$(W)]
a.o b.o:
	@echo $@ [$(V)] [$(W)]
