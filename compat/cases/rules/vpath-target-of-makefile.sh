# vpath search counts a name the makefiles mention as existing: fail.te is found as
# vpath-d/fail.te, a target of the makefile, and is that file from then on (its rule, its
# name in $@ and $^); a name only mentioned is found too (and named so when it has no rule).
mkdir vpath-d
printf 'vpath %%.te vpath-d/\n.SECONDARY:\ndefault: vpath-d/a vpath-d/b\nvpath-d/a: fail.te\nvpath-d/b : fail.te\nvpath-d/fail.te:\n' > Makefile
make; echo "rc=$?"
printf 'vpath %%.te vpath-d/\nall: a\na: fail.te ; @echo [$^] [$<]\nvpath-d/fail.te: ; @echo making $@\n' > Makefile
make; echo "rc=$?"
printf 'vpath %%.te vpath-d/\nall: a\na: m.te ; @echo [$^] [$<]\nx: vpath-d/m.te\n' > Makefile
make; echo "rc=$?"
