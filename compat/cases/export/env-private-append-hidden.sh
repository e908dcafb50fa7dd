# A recipe's environment takes the first exported variable of each name through the
# target's sets, a parent's `private` one too; one that appends is expanded as GNU's
# `variable_append` from the target's own set on, which skips `private` variables outside
# it. When every variable of the name is hidden so (a parent's private `+=`, a global made
# private by a target's `?=`), the value is empty: `V=` in the environment, not `cmd`.
t() { printf '%s\n' "$@" > Makefile; }
t 'all: private V ?= x' '%b: private V += t1' 'all: lib' \
  'lib: a.o ; @echo "lib [$(V)] [$$V] [$${V+set}]"' 'a.o: ; @echo "a.o [$(V)] [$$V] [$${V+set}]"'
make V=cmd; echo "rc=$?"
t 'all: private V ?= x' 'lib: private V += t1' 'all: lib' \
  'lib: a.o ; @echo "lib [$(V)] [$$V]"' 'a.o: ; @echo "a.o [$(V)] [$$V]"'
make V=cmd; echo "rc=$?"
t 'export V = g' 'all: private V ?= x' '%b: private V += t1' 'all: lib' \
  'lib: a.o ; @echo "lib [$(V)] [$$V] [$${V+set}]"' 'a.o: ; @echo "a.o [$(V)] [$$V] [$${V+set}]"'
make; echo "rc=$?"
t 'export V = g' '%b: private V += t1' 'all: lib' \
  'lib: a.o ; @echo "lib [$(V)] [$$V]"' 'a.o: ; @echo "a.o [$(V)] [$$V]"'
make; echo "rc=$?"
t 'all: private V ?= x' '%b: V += t1' 'all: lib' \
  'lib: a.o ; @echo "lib [$(V)] [$$V]"' 'a.o: ; @echo "a.o [$(V)] [$$V]"'
make V=cmd; echo "rc=$?"
