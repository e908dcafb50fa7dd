# A target is remade when the library a -lNAME prerequisite found is newer.
mkdir lib
touch -d '2020-01-01' prog
touch -d '2021-01-01' lib/libz1.a
printf 'VPATH = lib\nprog: -lz1\n\t@echo relink $@ from $^ newer $?\n\t@touch $@\n' > Makefile
make; echo "exit=$?"
make; echo "exit=$?"
touch -d '2025-06-01' lib/libz1.a
make -n; echo "exit=$?"
