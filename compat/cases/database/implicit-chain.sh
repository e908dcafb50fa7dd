#| normalise: database
# An implicit chain through an intermediate file: the intermediate's entry, its stem, and
# what bash-completion filters out ("File is an intermediate prerequisite").
touch -d '2020-01-01 00:00:00' prog.y
cat > Makefile <<'MK'
%.c: %.y
	@echo yacc $< > $@
%.o: %.c
	@echo cc $< > $@
all: prog.o
MK
make -rR -p -q; echo "exit=$?"
make -rR -p; echo "exit=$?"
ls
