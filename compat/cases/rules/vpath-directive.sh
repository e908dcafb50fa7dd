# vpath PATTERN DIR finds prerequisites in another directory; $< is the found path (manual 4.5.2).
mkdir src
touch src/foo.c
cat > Makefile <<'M'
vpath %.c src
foo.o: foo.c
	@echo compile $< into $@
M
make; echo "exit=$?"
