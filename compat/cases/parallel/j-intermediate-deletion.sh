# Intermediate files from a chain are still deleted after a parallel build (-s hides the "rm" line, whose order is GNU's hash order).
echo src > a.one; echo src > b.one
printf 'all: a.three b.three\n%%.two: %%.one\n\t@cp $< $@\n%%.three: %%.two\n\t@cp $< $@\n' > Makefile
make -s -j4; echo "exit=$?"
ls
