# .NOTINTERMEDIATE is new in 4.4; in 4.3 it is an ordinary target, but naming a.two as its prerequisite makes a.two "mentioned", hence not intermediate.
echo src > a.one
printf '.NOTINTERMEDIATE: a.two\n%%.two: %%.one\n\tcp $< $@\n%%.three: %%.two\n\tcp $< $@\n' > Makefile
make a.three; echo "exit=$?"
ls
