# .DELETE_ON_ERROR deletes a target whose recipe failed after changing it (manual 5.5).
cat > Makefile <<'M'
.DELETE_ON_ERROR:
out:
	echo partial > out
	false
M
make; echo "exit=$?"
ls
