# .INTERMEDIATE marks an explicitly mentioned file as intermediate: deleted after use.
echo src > s
cat > Makefile <<'M'
.INTERMEDIATE: mid
out: mid
	cp mid out
mid: s
	cp s mid
M
make; echo "exit=$?"
ls
