# A sub-make reads the --eval texts back from MAKEFLAGS (expanding it first, as GNU does):
# it evaluates the same texts, `$`, blanks and backslashes included.
mkdir sub
printf 'all:\n\t@printf "%%s\\n" "sub [$$MAKEFLAGS]" '"'"'sub [$(MAKEFLAGS)]'"'"' '"'"'sub X=$(X) Z=$(Z) W=$(W)'"'"'\n' > sub/Makefile
printf 'all:\n\t@$(MAKE) -C sub\n' > Makefile
make -s --eval 'X=$(Y)' --eval 'Z=a$$b c' --eval 'W=p\q\ r' Y=yy; echo "exit=$?"
Y=env make -s --eval 'X=$(Y)'; echo "exit=$?"
