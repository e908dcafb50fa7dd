# A target named twice in one rule is entered twice (GNU's record_files): a `:` rule gets
# its prerequisites again (`$+` lists them twice; `a.o a.o: a.o` drops the circular one
# twice) with a warning only when the rule has a recipe; a `::` rule is a second rule
# whose recipe runs again, without a warning.
all: a b c d.o
a a: p q
	@echo '$@ [$^] [$+]'
b b: p
b:
	@echo '$@ [$^] [$+]'
c c:: p
	@echo '$@ [$^] [$+]'
d.o d.o: d.o
	@echo '$@ [$^] [$+]'
p q: ;
