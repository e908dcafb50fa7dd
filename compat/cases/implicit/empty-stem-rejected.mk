# An empty stem with no directory never matches (`.q` against `%.q`), nor one where the
# pattern itself has a slash (`sub/.r` against `sub/%.r`); the match-anything rule is then
# used for `.q`, and `d/.c` matches the built-in `%.c` rules, which disqualifies `%:`.
#| args: -k
all: .q sub/.r d/.c x/.w
	@echo all
%.q: ; @echo 'q $@ [$*]'
sub/%.r: ; @echo 'r $@ [$*]'
%: ; @echo 'any $@'
