# Include paths are relative to the current directory, not to the including file's directory.
mkdir -p sub
echo 'include sub/b.mk' > sub/a.mk
echo 'V = b' > sub/b.mk
printf 'include sub/a.mk\nall: ; @echo V=$(V) $(MAKEFILE_LIST)\n' > Makefile
make; echo "exit=$?"
echo 'include b.mk' > sub/a.mk
make; echo "exit=$?"
