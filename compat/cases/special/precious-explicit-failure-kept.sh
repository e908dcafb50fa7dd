# .PRECIOUS on an explicit (non-intermediate) target with a failing recipe and no .DELETE_ON_ERROR: kept as usual.
printf '.PRECIOUS: out\nout:\n\techo x > out; exit 1\n' > Makefile
make; echo "exit=$?"
ls
