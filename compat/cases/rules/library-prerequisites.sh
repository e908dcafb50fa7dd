# -lNAME prerequisites are found through .LIBPATTERNS: in the directory, through vpath and
# VPATH (the earliest directory wins across patterns), or in the standard directories.
mkdir lib l2
touch lib/libfoo.a l2/libfoo.so libhere.a
printf 'all: -lhere -lfoo\n\t@echo "$^ | $<"\n' > Makefile
make; echo "exit=$?"
printf 'vpath %%.a lib\nvpath %%.so l2\nall: -lfoo\n\t@echo $^\n' > Makefile
make; echo "exit=$?"
printf 'VPATH = l2\nvpath %%.a lib\nall: -lfoo\n\t@echo $^\n' > Makefile
make; echo "exit=$?"
printf 'VPATH = l2 lib\n.LIBPATTERNS = lib%%.a nopattern\nall: -lfoo -lnone\n\t@echo $^\n' > Makefile
make; echo "exit=$?"
printf 'all: -lfoo\n\t@echo $^\n-lfoo:\n\t@echo making $@\n' > Makefile
make; echo "exit=$?"
