# makefile before Makefile
#| setup: echo "all: ; @echo makefile" > makefile
all: ; @echo Makefile