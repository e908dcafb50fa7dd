# An intermediate used by two targets is made once and deleted once.
echo s > c.src
cat > Makefile <<'M'
all: c.x c.y
%.mid: %.src
	cp $< $@
%.x: %.mid
	cp $< $@
%.y: %.mid
	cp $< $@
M
make; echo "exit=$?"
ls
