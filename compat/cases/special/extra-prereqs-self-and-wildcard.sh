# .EXTRA_PREREQS: a list that names the target itself is not added to that target at all
# (no circular-dependency message), and wildcards in it are expanded, sorted.
touch one.w two.w
printf '.EXTRA_PREREQS = one.w two.w\n.PHONY: all one.w two.w\nall: ; @echo "all [$^]"\none.w two.w: ; @echo "$@ [$^]"\n' > Makefile
make; echo "rc=$?"
printf '.EXTRA_PREREQS = *.w\n.PHONY: all one.w two.w\nall: ; @echo "all [$^] [${.EXTRA_PREREQS}]"\none.w two.w: ; @echo "$@"\n' > Makefile
make; echo "rc=$?"
