# An invalid --output-sync type is an error.
echo 'all: ; @echo ok' > Makefile
make -Obogus > out 2>&1; echo "exit=$?"; head -2 out; rm out
