# GNU make as the sub-make of the make under test evaluates the same --eval texts.
mkdir sub
printf 'all:\n\t@printf "%%s\\n" "sub [$$MAKEFLAGS]" '"'"'sub [$(MAKEFLAGS)]'"'"' '"'"'sub X=$(X) Z=$(Z) W=$(W)'"'"'\n' > sub/Makefile
printf 'all:\n\t@/usr/bin/make -C sub\n' > Makefile
make -s --eval 'X=$(Y)' --eval 'Z=a$$b c' --eval 'W=p\q\ r' Y=yy; echo "exit=$?"
Y=ee make -s -e --eval 'X=$(Y)'; echo "exit=$?"
