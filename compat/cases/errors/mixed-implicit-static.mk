# "a.o %.o: %.o: %.c" mixes a pattern into a static rule target list: 4.3 prints the non-fatal "deprecated syntax" error.
a.o %.o: %.o: %.c ; @:
