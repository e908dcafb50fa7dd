# An intermediate file named as a goal on the command line is not removed afterwards; made
# on the way to another goal in the same run, it is.
touch src.x
printf '%%.mid: %%.x ; cp $< $@\n%%.end: %%.mid ; cp $< $@\n' > Makefile
make src.mid; echo "rc=$?"; ls
rm -f src.mid
make src.end; echo "rc=$?"; ls
rm -f src.end
make src.end src.mid; echo "rc=$?"; ls
