# $(lastword $(MAKEFILE_LIST)) inside an included file gives that file's name (the "where am I" idiom).
mkdir lib
echo 'HERE := $(lastword $(MAKEFILE_LIST))' > lib/inc.mk
echo 'HERE_DIR := $(dir $(lastword $(MAKEFILE_LIST)))' >> lib/inc.mk
printf 'include lib/inc.mk\nall: ; @echo HERE=$(HERE) HERE_DIR=$(HERE_DIR) last=$(lastword $(MAKEFILE_LIST))\n' > Makefile
make; echo "exit=$?"
