# A phony prerequisite of a pattern rule forces the pattern target every time.
#| setup: touch x.in x.out
.PHONY: FORCE
%.out: %.in FORCE ; @echo rebuild $@
all: x.out ; @:
