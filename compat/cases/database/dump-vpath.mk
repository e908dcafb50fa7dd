# -p: vpath directives and VPATH, and files found through them shown by their found name.
#| args: -p -r
#| setup: mkdir src lib && touch src/a.c lib/b.c
#| normalise: database
vpath %.c src
vpath %.c lib
vpath %.h inc
VPATH = other:more
all: a.o b.o
%.o: %.c
	@echo cc $< -o $@
