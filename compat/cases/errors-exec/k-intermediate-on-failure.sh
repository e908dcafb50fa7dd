# -k and a failure after intermediates were built: the intermediates are still removed (-s hides the hash-ordered "rm" line).
echo s > a.one; echo s > b.one
printf 'all: a.three b.three\n%%.two: %%.one\n\t@echo cp $< $@; cp $< $@\n%%.three: %%.two\n\t@test $* = b && cp $< $@\n' > Makefile
make -s -k; echo "exit=$?"
ls
