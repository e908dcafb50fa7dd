# A grouped static pattern rule with a repeated target behaves as a plain grouped rule:
# "given more than once", `$+` twice, "overriding group membership" (single colon); a
# double-colon one gets a second record that the first one's run makes (no warning).
printf 'a a &: %%: b%%\n\t@echo "$@ [$^] [$+]"\nb%%: ; @:\n' > Makefile
make; echo "rc=$?"
printf 'a c a &: %%: b%%\n\t@echo "$@ [$^] [$+]"\nb%%: ; @:\n' > Makefile
make a c; echo "rc=$?"
make -n a c; echo "rc=$?"
printf 'a a &: x%%: b%%\n\t@echo "$@ [$^] [$+]"\nb%%: ; @:\n' > Makefile
make; echo "rc=$?"
printf 'a c a &:: %%: b%%\n\t@echo "$@ [$^] [$+]"\nb%%: ; @:\n' > Makefile
make a c; echo "rc=$?"
make -q a c; echo "rc=$?"
