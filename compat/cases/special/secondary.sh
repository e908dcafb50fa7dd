# .SECONDARY intermediates are not deleted; missing ones don't force rebuilds (manual 4.9).
echo src > a.one
cat > Makefile <<'M'
.SECONDARY: a.two
%.two: %.one
	cp $< $@
%.three: %.two
	cp $< $@
M
make a.three; echo "exit=$?"
ls
