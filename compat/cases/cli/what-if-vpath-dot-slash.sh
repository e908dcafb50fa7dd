# -W names a file that a VPATH search finds as `./dir/file`: the leading `./` does not
# hide the match, so the target is remade.
mkdir d
touch -d '2001-01-01' d/src
touch out
printf 'out: src ; @echo "remake $@ from $<"\n' > Makefile
make -W d/src VPATH=./d; echo "rc=$?"
make -W ./d/src VPATH=d; echo "rc=$?"
make VPATH=./d; echo "rc=$?"
