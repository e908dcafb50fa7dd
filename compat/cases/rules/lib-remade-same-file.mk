# A `-lNAME` prerequisite made by a pattern rule while `libNAME.a` did not exist: when its
# time is next needed GNU finds the library and renames the file to it; `libcat.a` has a
# recipe of its own, so GNU says which one it keeps (at the `-l%` recipe's line). The
# prerequisite is then listed under its new name. `libdog.a`'s recipe is on the line after
# its rule: GNU names that line.
#| check: missing-program-ok
all: foo bar
	@echo 'all [$^]'
foo: -lcat
	@echo 'foo [$^] [$<]'
bar: -ldog
	@echo 'bar [$^]'
-l%: lib%.a ; @echo 'linking $@ from $<'
libcat.a: ; @touch $@
libdog.a:
	@touch $@
