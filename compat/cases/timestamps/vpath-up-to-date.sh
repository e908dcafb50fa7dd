# An up-to-date target found only via VPATH: message names the vpath file.
mkdir d
touch -d '2020-01-01 00:00:00' src
touch -d '2020-01-02 00:00:00' d/out
printf 'VPATH = d\nall: out\nout: src\n\t@echo building $@\n' > Makefile
make out; echo "exit=$?"
make all; echo "exit=$?"
