# -W names a prerequisite of an included makefile: the makefile is remade once, and after the
# restart GNU marks the -W file new only for the goals (not the makefiles again), so it does
# not restart forever; the goals still see the file as new.
cat > Makefile <<'MK'
all: dep ; @echo all X=$(X) restarts=[$(MAKE_RESTARTS)] flags=[$(MAKEFLAGS)]
include inc.mk
inc.mk: dep ; @echo making $@; echo 'X = 1' > $@
MK
touch -d '2020-01-01' dep
touch -d '2021-01-01' inc.mk all
make -W dep; echo "exit=$?"
make --what-if=dep -n; echo "exit=$?"
make -W dep -q; echo "exit=$?"
make -W dep -t; echo "exit=$?"
make -W dep -B; echo "exit=$?"
make -W inc.mk; echo "exit=$?"
make -W all; echo "exit=$?"
cat > Makefile <<'MK'
all: ; @echo all X=$(X) restarts=[$(MAKE_RESTARTS)]
include a.mk b.mk
a.mk: dep ; @echo making $@; echo 'X += a' > $@
b.mk: ; @echo making $@; echo 'X += b' > $@
MK
rm -f inc.mk
make -W dep; echo "exit=$?"
make -W dep; echo "exit=$?"
