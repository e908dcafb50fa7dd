mkdir sub
printf 'all: x y\nx y:\n\t@echo $@\n' > sub/Makefile
printf 'all:\n\t@/usr/bin/make -s -C sub -j2 2>&1 | sort\n' > Makefile
make -j2
