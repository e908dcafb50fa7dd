# `define` followed by a reference and `=`: a blank then `$` is no assignment operator, so
# the line is a define whose name is the expanded reference (empty: an error on that line).
# A variable given on the command line with a broken reference errors at the line of the
# makefile variable that used it.
printf 'K = kw\ndefine  $(subst w,W,$(K))   =\n ifeq (a,a)\n  x = 1\n endif\n endef\n$(info [$(kW)])\nall: ; @:\n' > Makefile
make; echo "rc=$?"
printf 'E =\n\ndefine $(E)  =\nbody\nendef\nall: ; @:\n' > Makefile
make; echo "rc=$?"
printf 'p = 1\n\nq = <$v>\n\nall: ; @echo $q\n' > Makefile
make 'v=$(oops'; echo "rc=$?"
