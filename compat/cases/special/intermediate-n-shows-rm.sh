# Under -n, the removal of intermediate files is shown as an "rm" line.
echo s > a.one
printf '%%.two: %%.one\n\tcp $< $@\n%%.three: %%.two\n\tcp $< $@\n' > Makefile
make -n a.three; echo "exit=$?"
ls
