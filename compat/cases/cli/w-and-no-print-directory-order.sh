# --no-print-directory beats -w whatever the order on the command line.
echo 'all: ; @echo hi' > Makefile
make -w --no-print-directory; echo "exit=$?"
make --no-print-directory -w; echo "exit=$?"
