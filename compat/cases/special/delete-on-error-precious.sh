# A .PRECIOUS target is not deleted by .DELETE_ON_ERROR.
printf '.DELETE_ON_ERROR:\n.PRECIOUS: out\nout:\n\techo partial > out\n\tfalse\n' > Makefile
make; echo "exit=$?"
ls
