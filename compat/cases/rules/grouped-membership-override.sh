# A target already in a group: a later grouped rule overrides its membership (GNU warns
# for each such member, last target first); a later plain rule's recipe leaves the group.
printf 'a b &: ; @echo 1 $@\nb a &: ; @echo 2 $@\n' > Makefile
make a b; echo "rc=$?"
printf 'a b &: ; @echo 1 $@\nb c &: ; @echo 2 $@\n' > Makefile
make a b c; echo "rc=$?"
printf 'a b &: %%: ; @echo 1 $@\nb c &: %%: ; @echo 2 $@\n' > Makefile
make a b c; echo "rc=$?"
printf 'a b &: ; @echo 1 $@\na: ; @echo 2 $@\n' > Makefile
make a b; echo "rc=$?"
printf 'a b &: ; @echo 1 $@\nb: x\nx: ; @echo x\n' > Makefile
make a b; echo "rc=$?"
