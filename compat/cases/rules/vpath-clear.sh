# "vpath %.c" (no directories) clears the search path for %.c, so a.c is no longer found.
mkdir src; touch src/a.c src/b.h
cat > Makefile <<'M'
vpath %.c src
vpath %.h src
vpath %.c
all: a.c b.h ; @echo $^
M
make; echo "exit=$?"
