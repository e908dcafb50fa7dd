# $* in an explicit rule: the target name minus a recognised suffix (or empty).
all: foo.c bar.unknown ; @:
foo.c bar.unknown: ; @echo '$@ *=[$*]'
