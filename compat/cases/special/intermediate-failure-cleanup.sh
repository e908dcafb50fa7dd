# When the final step fails, already-built intermediates are still deleted.
echo s > a.one
printf '%%.two: %%.one\n\tcp $< $@\n%%.three: %%.two\n\tfalse\n' > Makefile
make a.three; echo "exit=$?"
ls
