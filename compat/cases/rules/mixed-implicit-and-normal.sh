# Pattern and plain targets in one rule: the first target decides. A pattern first makes a
# plain target fatal (`mixed implicit and normal rules`), as is any static pattern rule
# (`mixed implicit and static pattern rules`); a plain target first gets the non-fatal
# `deprecated syntax` message once per pattern target after it.
try() {
  printf 'all: ; @echo ok\n%s\n' "$1" > Makefile
  printf '%s\n' "== $1"
  make; echo "exit=$?"
}
try '%.c plain: ; @echo mk [$@]'
try 'plain %.c: ; @echo mk [$@]'
try '%.c %.h plain: ; @echo mk [$@]'
try 'a %.c %.h: ; @echo mk [$@]'
try 'a %.c b %.h c: x'
try '%.o a.o:: ; @echo'
try '%.o a.o &: ; @echo'
try '%.o a.o &:'
try '$(X) %.o a.o: ; @echo'
try '%.o: %.o: %.c'
try '%.o %.x: %.o: %.c'
try '%.o a.o: %.o: %.c'
try 'a.o %.o: %.o: %.c'
try 'a.o %.o %.x: %.o: %.c'
try '%.o a.o: x: y'
try '%.o a.o: : y'
try 'plain %.c: X = 1'
try '%.c plain: X = 1'
try 'plain %.c:'
try 'a\%b %.o: ; @echo'
try '%.o a\%b: ; @echo'
try '%.o a\%b: %.o: %.c'
printf 'all: ; @echo ok\n%%.o a.o:\n\t@echo recipe\n$(info after)\nX = 1\n$(info after X)\n' > Makefile
make; echo "exit=$?"
printf 'all: ; @echo ok\n$(eval %%.o a.o: ; @echo)\n$(info after)\n' > Makefile
make; echo "exit=$?"
