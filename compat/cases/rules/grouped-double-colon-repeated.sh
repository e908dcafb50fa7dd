# A target named twice in a grouped double-colon rule: GNU enters a second `::` record,
# and the first record's run marks it made, so the recipe runs once and nothing warns;
# `-t` marks no group member, so each record is touched. A later `a::` rule is apart.
printf 'a a &:: b\n\t@echo "$@ [$^] [$+]"\nb: ; @:\n' > Makefile
make; echo "rc=$?"
make -n; echo "rc=$?"
make -q; echo "rc=$?"
make -t; echo "rc=$?"; rm -f a b
printf 'a a c &:: b\n\t@echo "$@ [$^] [$+]"\na:: ; @echo later $@\nb: ; @:\n' > Makefile
make a c; echo "rc=$?"
printf 'c a a &:: ; @echo "$@ [$^] [$+]"\n' > Makefile
make a c; echo "rc=$?"
