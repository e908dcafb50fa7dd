# -s turns off the automatic -w of -C, but an explicit -w still prints Entering/Leaving lines (either order).
mkdir d
echo 'all: ; @echo hi' > d/Makefile
make -s -w -C d; echo "exit=$?"
make -w -s -C d; echo "exit=$?"
make -s -C d; echo "exit=$?"
