# A target found through VPATH that is up to date keeps its vpath name.
mkdir d
touch -d '2020-01-01 00:00:00' src.c
touch -d '2020-01-02 00:00:00' d/lib.a
cat > Makefile <<'M'
VPATH = d
all: lib.a
	@echo all needs $^
lib.a: src.c
	@echo rebuild $@
M
make; echo "exit=$?"
