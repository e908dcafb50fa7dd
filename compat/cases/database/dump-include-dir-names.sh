# A makefile included through -I is named in messages (and in -p's origin comments) as the
# include directive wrote it; MAKEFILE_LIST has the path it was found at.
mkdir incdir
printf 'include found.mk\nall: ; @echo $(X) $(MAKEFILE_LIST)\n' > Makefile
printf 'X = 1\n$(warning here)\n' > incdir/found.mk
make -Iincdir
make -Iincdir -p -r | grep -A1 "^# makefile (from 'found.mk'"
