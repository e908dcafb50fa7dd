# make looks for GNUmakefile, then makefile, then Makefile (manual 3.2).
echo 'all: ; @echo Makefile' > Makefile
make; echo "exit=$?"
echo 'all: ; @echo makefile' > makefile
make; echo "exit=$?"
echo 'all: ; @echo GNUmakefile' > GNUmakefile
make; echo "exit=$?"
