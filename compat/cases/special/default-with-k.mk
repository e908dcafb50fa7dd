# A .DEFAULT recipe that fails, with -k: other prerequisites continue.
#| args: -k
all: m1 m2 ; @echo all
.DEFAULT: ; @echo default $@; test $@ = m2
