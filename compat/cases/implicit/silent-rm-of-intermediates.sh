# With -s the intermediate's "rm" line is not printed but the file is still removed.
echo src > a.one
printf '%%.two: %%.one\n\tcp $< $@\n%%.three: %%.two\n\tcp $< $@\n' > Makefile
make -s a.three; echo "exit=$?"
ls
