touch a.in b.in c.in
printf 'all: a.out b.out c.out\n%%.out: %%.in\n\t@cp $< $@\n' > Makefile
make -j3; ls
