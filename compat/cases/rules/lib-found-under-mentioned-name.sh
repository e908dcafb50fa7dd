# -lNAME found through the library search under the name of a file the makefiles mention
# is that file (GNU's rehash_file): $^ names it once, $+ twice.
mkdir -p lib && touch lib/libfoo.a lib/libbar.a
cat > Makefile <<'MK'
.LIBPATTERNS = lib%.a
VPATH = lib
all: -lfoo lib/libfoo.a ; @echo [$^] [$+]
MK
make; echo "rc=$?"
cat > Makefile <<'MK'
.LIBPATTERNS = lib%.a
vpath %.a lib
all: -lbar x -lbar ; @echo [$^] [$+]
x: lib/libbar.a ; @echo x [$^]
MK
make; echo "rc=$?"
