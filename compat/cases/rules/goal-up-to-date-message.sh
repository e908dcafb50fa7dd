# An up-to-date file goal says "'x' is up to date"; a phony-ish one with no recipe says "Nothing to be done".
touch x
printf 'x:\n\t@echo never\nnone:\n' > Makefile
make x; echo "exit=$?"
make none; echo "exit=$?"
