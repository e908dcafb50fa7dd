printf '.SUFFIXES:\n.SUFFIXES: .b .a\n.a.b:\n\t@echo a-to-b $@\n' > Makefile
touch x.a
make x.b
