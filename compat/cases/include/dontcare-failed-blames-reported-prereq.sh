# A `-include`d makefile that failed silently because a required makefile it needs had no
# rule (already reported): when the goals need it, GNU's `complain` blames its first
# failed prerequisite (again, "needed by" the file that last needed it), going deeper only
# through files that failed silently too (a prerequisite inherits the "don't care").
t() { printf '%s\n' "$@" > Makefile; }
t '-include gen.mk' 'include a.mk' 'gen.mk: a.mk' '	@echo making $@' 'all: ; @echo all'
make -k; echo "rc=$?"
t 'include a.mk' '-include gen.mk' 'gen.mk: a.mk' 'all: ; @echo all'
make -k; echo "rc=$?"
t '-include gen.mk' 'include a.mk' 'gen.mk: mid' 'mid: a.mk' 'all: ; @echo all'
make -k; echo "rc=$?"
t '-include gen.mk' 'include a.mk' 'gen.mk: mid' 'mid: a.mk; @echo mid' 'all: gen.mk; @echo all'
make -k; echo "rc=$?"
t '-include gen.mk' 'include a.mk' 'gen.mk: x.mk a.mk' 'all: ; @echo all'
make -k; echo "rc=$?"
t '-include gen.mk b.mk' '-include a.mk' 'sinclude a.mk' 'gen.mk: a.mk' '	@echo making $@' 'all: ; @echo all'
touch b.mk
make -k; echo "rc=$?"
# GNU clears the "silent" mark of the file it names only: a silently failed file is
# blamed again each time it is needed (and a makefile included both ways is too).
t '-include gen.mk' 'gen.mk: stamp' 'all: x y' 'x: gen.mk' 'y: gen.mk'
make -k all; echo "rc=$?"
t '-include gen.mk' 'gen.mk: mid' 'mid: stamp' 'all: x y mid' 'x: gen.mk' 'y: gen.mk'
make -k all; echo "rc=$?"
t 'include missing.mk gen.mk' 'sinclude gen.mk gen.mk' 'include missing.mk' 'gen.mk: stamp' \
  '	@echo making $@' 'all: ; @echo all'
make -k; echo "rc=$?"
