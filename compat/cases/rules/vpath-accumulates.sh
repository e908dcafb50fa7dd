# Several vpath lines for the same pattern accumulate directories, searched in order of the lines.
mkdir d1 d2; touch d2/x.c
printf 'vpath %%.c d1\nvpath %%.c d2\nall: x.c ; @echo $^\n' > Makefile
make; echo "exit=$?"
