printf 'out:: a\n\t@echo from a\nout:: b\n\t@echo from b\n' > Makefile
touch -d 2020-01-01 out
touch -d 2019-01-01 a
touch b
make
