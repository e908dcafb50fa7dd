# A pattern rule's prerequisite with wildcards is expanded once the stem is in: the rule
# applies when it matches files, and $^ lists them; the same after second expansion.
touch k.in1 k.in2 m.in3
printf '%%.out: %%.in* ; @echo "$@ <- $^"\n' > Makefile
make k.out m.out; echo "rc=$?"
make n.out; echo "rc=$?"
printf '.SECONDEXPANSION:\n%%.out: $$(wildcard nothing) %%.in* ; @echo "$@ <= $^"\n' > Makefile
make k.out; echo "rc=$?"
