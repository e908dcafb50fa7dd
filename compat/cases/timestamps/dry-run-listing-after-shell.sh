# Under -n a recipe's `$(shell)` or `$(file)` runs when the recipe is expanded: a file it
# creates in a directory already looked at is seen by the targets considered after it
# (GNU asks `stat`; xmake's listings of the directories are read again).
mkdir -p e
cat > Makefile <<'EOF'
all: d/c.o e/c.o a d/b.o e/b.o
a: ; @echo making a $(shell mkdir -p d && touch d/b.o)$(file >e/b.o,x)
d/c.o d/b.o e/c.o e/b.o: ; @echo making $@
EOF
make -n; echo "exit=$?"
