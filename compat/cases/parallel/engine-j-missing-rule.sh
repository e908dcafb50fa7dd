printf 'all: x missing\nx:\n\t@sleep 0.2; echo x\n' > Makefile
make -j2; echo "rc=$?"
