# `\%` in $(filter), $(filter-out), $(patsubst) and substitution references, as GNU's
# find_percent reads it: a run of backslashes right before a `%` is halved; an odd run quotes
# the `%` (a literal percent), an even one leaves the pattern's `%`. Backslashes elsewhere
# stay. A substitution reference without a pattern `%` still unescapes its `from` (so
# `$(x:\%=R)` replaces a final `%`) but not its `to`.
x := a%b ab a%c 100% a\b a\%b a\\b x\y %
all:
	@printf '%s\n' '[$(filter a\\%b,$(x))]'
	@printf '%s\n' '[$(filter a\\\%b,$(x))]'
	@printf '%s\n' '[$(filter \%,$(x))]'
	@printf '%s\n' '[$(filter \\%,$(x))]'
	@printf '%s\n' '[$(filter \%%,$(x))]'
	@printf '%s\n' '[$(filter a\%,$(x))]'
	@printf '%s\n' '[$(filter-out %\\,$(x) q\)]'
	@printf '%s\n' '[$(filter-out a\\%,$(x))]'
	@printf '%s\n' '[$(patsubst %\%,<%>,$(x))]'
	@printf '%s\n' '[$(patsubst a%,<\%%>,$(x))]'
	@printf '%s\n' '[$(patsubst a%,<%\%>,$(x))]'
	@printf '%s\n' '[$(patsubst a\b,Z,$(x))]'
	@printf '%s\n' '[$(patsubst x\%,Z%,$(x))]'
	@printf '%s\n' '[$(patsubst \\\\%,Y%,\\\\a \\a)]'
	@printf '%s\n' '[$(patsubst a,Z%Q,a b a\%b)] [$(patsubst a,Z\%Q,a b)] [$(patsubst a\\%b,Z%Q,a\%b)]'
	@printf '%s\n' '[$(patsubst a\\\%b,<\\%>,a\%b)]'
	@printf '%s\n' '[$(x:%\%=Q%)]'
	@printf '%s\n' '[$(x:a\%%=R%)]'
	@printf '%s\n' '[$(x:\%=R)]'
	@printf '%s\n' '[$(x:\\%=<%>)]'
	@printf '%s\n' '[$(x:b=\%%)] [$(x:a=Z%Q)]'
