# -k and a failure after an intermediate was built: the intermediate is still removed.
echo s > a.one; echo s > b.one
printf 'all: a.three b.three\n%%.two: %%.one\n\tcp $< $@\n%%.three: %%.two\n\t@test $* = b && cp $< $@\n' > Makefile
make -k; echo "exit=$?"
ls
