# A file's pattern-specific variables are applied when its recipe is about to run (GNU's
# execute_file_commands), so not for an up-to-date target nor for an empty recipe (`a.x: ;`):
# the `!=` command runs once per file whose recipe runs, and `a.%: private V ?= x` never
# hides the global V here.
touch -d '2020-01-01 00:00:00' b
touch -d '2020-01-02 00:00:00' a
cat > Makefile <<'MK'
%: X != echo applied to $@ >&2; echo x
V = g
a.%: private V ?= x
a: b
	@echo $@ [$(X)]
b:
	@echo $@
all: a.x
	@echo [$(V)] [$(X)]
a.x: ;
MK
make a
make all
make -B a
