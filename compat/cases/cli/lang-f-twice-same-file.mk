# f twice same file
#| args: -f Makefile -f Makefile
all: ; @echo $(MAKEFILE_LIST)
