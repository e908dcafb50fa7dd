# A pattern rule with several targets makes all of them with one recipe run (manual 10.5.1).
touch -d '2020-01-01 00:00:00' x.y
cat > Makefile <<'M'
all: x.tab.c x.tab.h
%.tab.c %.tab.h: %.y
	@echo bison on $< for $@
	touch $*.tab.c $*.tab.h
M
make; echo "exit=$?"
make; echo "exit=$?"
