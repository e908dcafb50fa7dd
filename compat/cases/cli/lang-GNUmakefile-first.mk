# GNUmakefile first
#| setup: echo "all: ; @echo GNUmakefile" > GNUmakefile
#| setup: echo "all: ; @echo makefile" > makefile
all: ; @echo Makefile