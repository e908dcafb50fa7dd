#| args: -rR -p -q
#| setup: touch -d "2020-01-01 00:00:00" main.c util.c defs.h
#| normalise: database
# Explicit rules: prerequisites from several rules, recipe lines with prefixes and
# continuations, a rule without a recipe, a recipe given after a semicolon.
all: prog doc
prog: main.o util.o
	@echo link $^
	-rm -f never
	+echo always \
	  continued
main.o: main.c defs.h
util.o: util.c defs.h
main.o util.o:
	echo compile $<

doc: ; echo doc
doc: extra
extra:
