# Static pattern rules over names with escaped blanks: GNU takes the stem word by word
# ($(patsubst %.o,%,NAME)) and substitutes each prerequisite pattern into every word of the
# stem, giving one name with blanks (`foo.c bar.c`); names without `%` stay as written.
cat > Makefile <<'MK'
all: foo\ bar.o x.o foo\ \ baz.o foo.o\ bar.o pre\ a.o
foo\ bar.o x.o foo\ \ baz.o foo.o\ bar.o pre\ a.o: %.o: %.c z\ w.c plain | %.h
	@echo "$@ from [$<] [$^] [$|] [$*] $(words $^)"
%.c: ; @echo mk "[$@]"
%.h: ; @echo mk "[$@]"
z\ w.c plain: ; @echo mk "[$@]"
MK
make; echo "exit=$?"
cat > Makefile <<'MK'
all: foo\ bar.o
foo\ bar.o: %.o: a\ %.c %\ %.c %
	@echo "$@ from [$<] [$^] [$*] $(words $^)"
MK
touch 'a foo.c a bar.c' 'foo %.c bar %.c' 'foo bar'
make; echo "exit=$?"
rm 'foo %.c bar %.c'
make; echo "exit=$?"
cat > Makefile <<'MK'
all: src/foo\ bar.o
src/foo\ bar.o: src/%.o: src/%.c
	@echo "$@ from [$<] [$^] [$*]"
src/%.c: ; @echo mk "[$@]"
MK
make; echo "exit=$?"
