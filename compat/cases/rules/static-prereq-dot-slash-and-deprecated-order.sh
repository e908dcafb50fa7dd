# A static pattern prerequisite made from a stem that starts with `./` keeps it (`./c`,
# `./c.h`); after a plain first target, each pattern-looking target gets the
# deprecated-syntax message at its turn, after the recipe-override messages of the
# targets before it.
cat > Makefile <<'MK'
all: src/./c.o
src/./c.o: a
	@echo '$@ <$^>'
src/./c.o: src/%.o: % | %.h
	@echo '$@ <$<> <$^> <$*>'
%: ; @echo 'any $@'
MK
make; echo "exit=$?"
cat > Makefile <<'MK'
all: x.y
x.y: ; @echo one
x.y a\\%: p
	@echo '$@ <$^>'
b.z %.q x.y %.r: ; @echo three
%: ; @echo 'any $@'
MK
make; echo "exit=$?"
