# Pattern-specific lines are applied to a file in a set of their own whose lookups see
# only that set and the globals: `+=` to a simple value expands its text there (the
# target's own V does not count), `!=` runs in that context too, `:=` expands when read.
V = global
lib: private V != echo shell-3
%: private X := $$x
%: X += $(V)+
%: Y != echo [$(V)]
%: Z := $(V)
all: lib b.o
	@echo all [$(X)] [$(Y)] [$(Z)]
lib: a.o
	@echo lib [$(V)] [$(X)] [$(Y)] [$(Z)]
a.o b.o:
	@echo $@ [$(V)] [$(X)] [$(Y)] [$(Z)]
