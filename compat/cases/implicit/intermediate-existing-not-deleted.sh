# An intermediate that already existed before make ran is not deleted.
echo src > a.one
touch -d '2020-01-01 00:00:00' a.one
touch -d '2020-01-02 00:00:00' a.two
cat > Makefile <<'M'
%.two: %.one
	cp $< $@
%.three: %.two
	cp $< $@
M
make a.three; echo "exit=$?"
ls
