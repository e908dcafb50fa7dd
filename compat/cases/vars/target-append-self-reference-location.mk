# A self-reference found while a target-specific `+=` expands what it appends to is
# reported at the variable being expanded at the top (GNU marks it for the whole
# expansion): here `a.o`'s pattern-specific W (line 6), not `all`'s (line 7).
all: a.o
	@echo 'all [$(W)]'
%: W += $@
all: W += $(W)
a.o:
	@echo 'a.o [$(W)]'
