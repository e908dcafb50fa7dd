# Under -e GNU exports MAKEFLAGS unexpanded (its origin is `environment override`): the
# sub-make finds `$(-*-eval-flags-*-)` and `$(MAKEOVERRIDES)` there, which expand to nothing
# in it, so it evaluates no --eval text and gets no command-line variable from MAKEFLAGS.
mkdir sub
printf 'all:\n\t@printf "%%s\\n" "sub [$$MAKEFLAGS]" '"'"'sub [$(MAKEFLAGS)]'"'"' '"'"'sub X=$(X) V=$(V) Y=$(Y)'"'"'\n' > sub/Makefile
printf 'all:\n\t@printf "%%s\\n" "[$$MAKEFLAGS]" '"'"'[$(MAKEFLAGS)] X=$(X)'"'"'\n\t@$(MAKE) -C sub\n' > Makefile
Y=ee make -s -e --eval 'X=a$(Y)' 'V=a$$b'; echo "exit=$?"
Y=ee make -s -e --eval 'X=a$(Y)'; echo "exit=$?"
make -s -e V=1; echo "exit=$?"
