# a NUL byte in a makefile must not crash make (exit status compared)
printf 'all: ; @echo ok\n\000junk\n' > Makefile
make >/dev/null 2>&1; echo "exit=$?"