# A chain through a file that is mentioned explicitly as a prerequisite: it is not intermediate, so it is kept.
echo s > a.one
printf 'all: a.two a.three\n%%.two: %%.one\n\tcp $< $@\n%%.three: %%.two\n\tcp $< $@\n' > Makefile
make; echo "exit=$?"
ls
