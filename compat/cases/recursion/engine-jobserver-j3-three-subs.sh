for d in a b c; do mkdir $d; printf 'all:\n\t@sleep 0.2; echo %s\n' $d > $d/Makefile; done
printf 'all: a b c\na b c:\n\t@$(MAKE) -s -C $@\n' > Makefile
make -j3 2>&1 | sort
