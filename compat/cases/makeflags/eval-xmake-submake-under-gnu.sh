# The make under test as the sub-make of GNU make evaluates the --eval texts GNU passes.
mkdir sub
printf 'all:\n\t@printf "%%s\\n" "sub [$$MAKEFLAGS]" '"'"'sub [$(MAKEFLAGS)]'"'"' '"'"'sub X=$(X) Z=$(Z) W=$(W)'"'"'\n' > sub/Makefile
printf 'all:\n\t@make -C sub\n' > Makefile
/usr/bin/make -s --eval 'X=$(Y)' --eval 'Z=a$$b c' --eval 'W=p\q\ r' Y=yy; echo "exit=$?"
Y=ee /usr/bin/make -s -e --eval 'X=$(Y)'; echo "exit=$?"
