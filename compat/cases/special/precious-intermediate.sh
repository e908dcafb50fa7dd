# .PRECIOUS on a pattern keeps the chain intermediate a.two (manual 4.9).
echo src > a.one
cat > Makefile <<'M'
.PRECIOUS: %.two
%.two: %.one
	cp $< $@
%.three: %.two
	cp $< $@
M
make a.three; echo "exit=$?"
ls
