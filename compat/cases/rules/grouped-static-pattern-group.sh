# A grouped static pattern rule is a group: one run of the recipe makes every target.
printf 'a c &: %%: b%%\n\t@echo "$@ [$^] [$+]"\nb%%: ; @:\n' > Makefile
make a c; echo "rc=$?"
make c a; echo "rc=$?"
printf 'a c &:: %%: b%%\n\t@echo "$@ [$^] [$+]"\nb%%: ; @:\n' > Makefile
make a c; echo "rc=$?"
printf 'a c &: %%.o: %%.c\n\t@echo "$@ [$^]"\n%%.c: ; @:\n' > Makefile
make a c; echo "rc=$?"
