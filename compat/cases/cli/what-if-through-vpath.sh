# -W NAME gives NAME its time without a vpath search ($< is the bare name); -W DIR/NAME counts
# for a prerequisite that vpath finds there; -o works the same way.
mkdir src
touch -d '2020-01-01' src/a.c
printf 'vpath %%.c src\nall: a.o\na.o: a.c\n\t@echo build $@ from $<\n\t@touch $@\n' > Makefile
make; echo "exit=$?"
make -W a.c; echo "exit=$?"
make -W src/a.c; echo "exit=$?"
make -n -W src/a.c; echo "exit=$?"
touch src/a.c
make -o src/a.c; echo "exit=$?"
make -o a.c; echo "exit=$?"
