# .SECONDARY with no prerequisites makes every target secondary: no intermediate is deleted.
echo src > a.one
printf '.SECONDARY:\n%%.two: %%.one\n\tcp $< $@\n%%.three: %%.two\n\tcp $< $@\n' > Makefile
make a.three; echo "exit=$?"
ls
