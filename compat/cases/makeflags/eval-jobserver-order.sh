# Under -j the recipe environment's MAKEFLAGS has --jobserver-auth after the options with
# arguments and before the long flags and the --eval texts (descriptor numbers vary).
printf 'all:\n\t@printf "%%s\\n" "[$$MAKEFLAGS]"\n' > Makefile
make -s -j2 --eval=X=1 -Idir -Oline --no-print-directory V=1 | sed 's/auth=[0-9]*,[0-9]*/auth=R,W/'
make -j2 --eval 'X=$(Y)' | sed 's/auth=[0-9]*,[0-9]*/auth=R,W/'
