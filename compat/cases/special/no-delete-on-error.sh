# Without .DELETE_ON_ERROR, the partially written target stays.
printf 'out:\n\techo partial > out\n\tfalse\n' > Makefile
make; echo "exit=$?"
ls
