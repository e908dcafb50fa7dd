mkdir d
touch -d '2020-01-02 00:00:00' d/src
touch -d '2020-01-01 00:00:00' d/out
printf 'VPATH = d\nGPATH = d\nout: src\n\t@echo building $@ from $<\n' > Makefile
make; echo "exit=$?"
