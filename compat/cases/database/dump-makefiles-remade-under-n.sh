# GNU make remakes an included makefile for real under -n, -q and -t (manual 3.5), with
# MAKEFLAGS leaving those flags out meanwhile; then it reads everything again.
for flags in -n -q -t -pq; do
  rm -f gen.mk all
  printf 'include gen.mk\ngen.mk:\n\t@echo "G = yes $(MAKEFLAGS)" > $@\nall: ; @echo $(G) $(MAKE_RESTARTS) $(MAKEFLAGS)\n' > Makefile
  make -r $flags all > out.txt; echo "exit=$?"
  grep -v '^#' out.txt | grep -v '^$' | grep -v '^	' | grep -v '^[^ ]*:' | grep -v ' = \| := '
  cat gen.mk
  rm -f out.txt gen.mk all
done
