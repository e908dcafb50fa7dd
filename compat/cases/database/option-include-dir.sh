#| normalise: database
# -I: .INCLUDE_DIRS lists the given directories first; a makefile found through one.
mkdir incdir
printf 'FOUND = via -I\n' > incdir/found.mk
printf 'include found.mk\nall: ; @:\n' > Makefile
make -rR -p -q -I incdir; echo "exit=$?"
