# A missing intermediate does not force a rebuild when the final target is newer than the source; a newer source does.
echo src > a.one
touch -d '2020-01-01 00:00:00' a.one
cat > Makefile <<'M'
%.two: %.one
	cp $< $@
%.three: %.two
	cp $< $@
M
make a.three; echo "exit=$?"
make a.three; echo "exit=$?"
touch -d '2020-01-02 00:00:00' a.three
touch -d '2020-01-03 00:00:00' a.one
make a.three; echo "exit=$?"
