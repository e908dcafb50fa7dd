# A prerequisite that is a dangling symlink counts as missing: "No rule to make target".
ln -s nowhere link
printf 'out: link\n\t@echo build\n' > Makefile
make; echo "exit=$?"
