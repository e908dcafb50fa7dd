# included makefiles that a pattern rule can make are made, then everything is read again
touch a.c
cat > Makefile <<'M'
all: a.o
%.o: %.c ; @echo compile $@; touch $@
%.d: %.c ; @echo depend $@; echo '$*.o: $*.c' > $@
include a.d
M
make; echo "exit=$?"
make; echo "exit=$?"