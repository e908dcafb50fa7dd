mkdir sub
printf 'all: x y\nx y:\n\t@sleep 0.1; echo $@\n' > sub/Makefile
printf 'all:\n\t+@make -s -C sub\n' > top.mk
/usr/bin/make -s -j3 -f top.mk 2>&1 | sort
