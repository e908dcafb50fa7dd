# A target named twice in one rule: GNU notices it in its per-target loop, so the warning
# (with the name as find_percent left it) follows the "doesn't match the target pattern" and
# recipe-override messages of the targets before it; a static pattern target that does not
# match is reported at each occurrence; target-specific assignments take repeats silently.
try() {
  printf '%s\n' "$1" > Makefile
  printf '%s\n' "== $1"
  make -r; echo "exit=$?"
}
try 'all: x.y
x.y x.y: d/%.o: a ; @echo "$@"'
try 'all: x.y
x.y: ; @echo one
x.y x.y: ; @echo two'
try 'all: a%b
a\%b a\%b: ; @echo "$@"'
try 'all: a%b
a\%b a\%b: a\%%: b\%% plain ; @echo "$@ <$^>"
%: ; @echo any $@'
try 'all: a
a a: X = 1
a: ; @echo "[$(X)]"
$(info read)'
try 'all: a b
a b a: ; @echo "$@"
$(info read)'
try 'all: ./
./ ./: a\%%: x ; @echo "$@"'
try 'all: .//x.o
./x.o .//x.o: %.o: ./%.c ; @echo "$@ <$^>"
%.c: ; @echo mk $@'
try 'all: x.o
%.o %.o: %.c ; @echo "$@ <$^>"
x.c: ; @:'
try 'all: a\b
a\\% a\\%: ; @echo "$@ [$*]"'
