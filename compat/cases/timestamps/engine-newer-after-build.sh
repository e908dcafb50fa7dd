printf 'all: out\nout: in\n\t@cp in out; echo built\n' > Makefile
touch in
make
make
make -q; echo "q=$?"
touch -d 2000-01-01 out
make -q; echo "q=$?"
