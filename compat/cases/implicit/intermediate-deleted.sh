# An intermediate file created by a chain is deleted at the end, with an "rm" line (manual 10.4).
echo src > a.one
cat > Makefile <<'M'
%.two: %.one
	cp $< $@
%.three: %.two
	cp $< $@
M
make a.three; echo "exit=$?"
ls
make a.three; echo "exit=$?"
