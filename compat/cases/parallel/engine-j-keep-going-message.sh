printf 'all: x y\nx:\n\t@exit 3\ny:\n\t@sleep 0.2; echo y\n' > Makefile
make -j2 -k; echo "rc=$?"
