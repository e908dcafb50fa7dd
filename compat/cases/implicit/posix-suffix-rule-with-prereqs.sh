# A suffix rule written with prerequisites: normally a warning and a pattern rule without
# them; under .POSIX just an ordinary target, no warning and no rule for other files.
touch dep.in
touch -d '2001-01-01' one.src
printf '.SUFFIXES:\n.SUFFIXES: .dst .src\n$(P).POSIX:\n.src.dst: dep.in ; @echo "made $@ from [$<]"\n' > Makefile
make P=x one.dst; echo "rc=$?"
make P= one.dst; echo "rc=$?"
make P= .src.dst; echo "rc=$?"
