# Order-only prerequisites are made first but a newer one does not trigger a rebuild (manual 4.3).
cat > Makefile <<'M'
out: in | dir
	@echo build out: $^ / $|
	touch out
dir:
	mkdir dir
M
touch -d '2020-01-01 00:00:00' in
make; echo "exit=$?"
touch -d '2020-01-02 00:00:00' out
touch -d '2020-01-03 00:00:00' dir
make; echo "exit=$?"
touch -d '2020-01-04 00:00:00' in
make; echo "exit=$?"
