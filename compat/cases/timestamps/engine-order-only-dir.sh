printf 'out/f: | out\n\t@touch $@; echo f\nout:\n\t@mkdir -p $@; echo dir\n' > Makefile
make out/f
touch out
make out/f
