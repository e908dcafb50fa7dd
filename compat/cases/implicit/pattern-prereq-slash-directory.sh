# A target in a directory matching a pattern without a slash: the directory goes in front of
# every prerequisite, also of one whose pattern has a slash (pre/%.m gives d/pre/bar.m).
mkdir d
for p in 'pre/%.m' '/tmp/%.m' '%/x.m' 'a/%/b.m' '../%.m' '%.m'; do
  printf 'all: d/bar.o\n%%.o: %s ; @echo $@: $^\n%%.m: ; @:\n' "$p" > Makefile
  make -r
done
printf 'all: d/bar.o\nd/%%.o: pre/%%.m ; @echo $@: $^ $*\n%%.m: ; @:\n' > Makefile
make -r
