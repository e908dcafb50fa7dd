#| normalise: database
# Files that exist, one older than its prerequisite: modification times, "File exists"
# against "File does not exist", what -q decides.
touch -d '2020-01-01 00:00:00' old.o
touch -d '2020-01-02 00:00:00' new.c fresh.o
touch -d '2020-01-01 00:00:00' fresh.c
cat > Makefile <<'MK'
all: old.o fresh.o missing.o
old.o: new.c
	@echo rebuild $@
fresh.o: fresh.c
	@echo rebuild $@
missing.o:
	@echo create $@
MK
make -rR -p -q fresh.o; echo "exit=$?"
make -rR -p -q; echo "exit=$?"
