# A colon after an odd run of backslashes is quoted; after an even run (the backslashes
# quote each other) it separates, also when the run comes from a variable: then GNU sees a
# static pattern rule, in the prerequisites too.
for n in 1 2 3 4 5; do
  bs=$(printf '%*s' $n '' | tr ' ' '\\')
  printf 'all: foo%s:bar\nfoo%s:bar: ; @echo "[$@]"\n' "$bs" "$bs" > Makefile
  make; echo "rc=$?"
  printf 'p = pre%s:\n$(p)foo : ; @echo "[$@]"\n' "$bs" > Makefile
  make; echo "rc=$?"
done
for t in 'a\\: b' 'a\\\\: b' 'x a\\: b' '%.o: %\\: x' 'a\\ c: b'; do
  printf '%s ; @echo "[$@] [$^]"\nb:;@:\n' "$t" > Makefile
  make; echo "rc=$?"
done
