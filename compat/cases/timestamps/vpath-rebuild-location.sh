# A target found via VPATH that must be rebuilt is rebuilt locally (GPATH unset), $@ is the local name.
mkdir d
touch -d '2020-01-02 00:00:00' src
touch -d '2020-01-01 00:00:00' d/out
printf 'VPATH = d\nout: src\n\t@echo building $@\n' > Makefile
make; echo "exit=$?"
