# Implicit rule search does not count a slash at the very end of a name as its directory
# (GNU: `d/y/` is `y/` in `d/`): `q%` matches `q/` and `d/q/` (stems `/` and `d//`, the
# directory in front), the match-anything rule makes `x/` and `a%./` (a `%` is text).
P = a%./ x/ d/q/
all: $(P) q/
	@echo '[$^]'
q%: ; @echo 'q $@ [$*]'
%: ; @echo 'any $@ [$*]'
