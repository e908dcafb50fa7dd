# -j with a zero or non-numeric argument.
echo 'all: ; @echo ok' > Makefile
make -j0 > out 2>&1; echo "exit=$?"; head -2 out
make -jx > out 2>&1; echo "exit=$?"; head -2 out; rm out
