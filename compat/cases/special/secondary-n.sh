# .SECONDARY intermediates are not removed, so -n shows no rm line.
echo s > a.one
printf '.SECONDARY:\n%%.two: %%.one\n\tcp $< $@\n%%.three: %%.two\n\tcp $< $@\n' > Makefile
make -n a.three; echo "exit=$?"
