# VPATH searches all prerequisites in the listed directories (manual 4.5.1).
mkdir d1 d2
touch d2/in.txt
cat > Makefile <<'M'
VPATH = d1:d2
out: in.txt
	@echo from $^
M
make; echo "exit=$?"
