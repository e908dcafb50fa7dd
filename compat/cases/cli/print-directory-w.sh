# -w prints Entering/Leaving lines even at top level.
echo 'all: ; @echo hi' > Makefile
make -w; echo "exit=$?"
