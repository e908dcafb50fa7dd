# Backslashes before `%` in rule targets, static target patterns and their prerequisites,
# read as GNU's find_percent: `a\\%` is the pattern `a\` + `%`, `a\%` the file `a%`, and a
# static pattern `a\%%` matches `a%` + stem. After a plain first target, a `%` target is a
# file of that name (no pattern rule), with the deprecated-syntax message at its turn.
try() {
  printf '%s\n' "$1" > Makefile
  printf '%s\n' "== $1"
  shift
  make -r "$@"; echo "exit=$?"
}
try 'all: a\%b
a\\%: d/e.o ; @echo pat $@
%: ; @echo any $@'
try 'all: a\b a\%b
a\\%: ; @echo pat $@ $*
%: ; @echo any $@'
try 'all: a%b
a\%b: ; @echo file $@'
try 'all: x.c %.c plain
plain %.c: ; @echo mk $@'
try 'all: %.c plain
plain %.c: ; @echo mk $@'
try 'all: src/./c.o a\\%
src/./c.o a\\%: p\:q ; @echo "$@ <$^>"
%: ; @echo any $@'
try 'all: a%b
a\%b: a\%%: a\%% plain ; @echo "$@ <$<> <$^> <$*>"
%: ; @echo any $@'
try 'all: d/e.o
d/e.o: %.o: a\%% ; @echo "$@ <$<> <$^> <$*>"
%: ; @echo any $@'
try 'all: p\:q
p\:q: %\ x.c: %\% plain ; @echo "$@ <$<> <$^> <$*>"
%: ; @echo any $@'
try 'all: x.y
x.y: \%: a ; @echo "$@"'
try 'all: d/e.o a\\%
d/e.o a\\%: %.c: \\% ; @echo "$@ <$<> <$*>"
%: ; @echo any $@'
try 'all: foo\ bar.o
foo\ bar.o: %\ bar.o: %.c ; @echo "$@ <$<> <$*>"
%: ; @echo any $@'
