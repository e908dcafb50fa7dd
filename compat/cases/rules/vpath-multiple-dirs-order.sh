# vpath directories are searched in order; the first match wins.
mkdir d1 d2; touch d1/x.c d2/x.c d2/y.c
printf 'vpath %%.c d1:d2\nall: x.c y.c ; @echo $^\n' > Makefile
make; echo "exit=$?"
