# A recipe whose only line is a `+` coming from a variable (and no command after it): under
# -n it "runs", so make reads the file's time again and the target above stays up to date;
# -t decides from the recipe as written (no `+` there), so it touches both.
printf '.SUFFIXES:\nNONE =\nPLUS = +$(NONE)\ntop: mid ; echo > $@\nmid: leaf ; $(PLUS)\n' > Makefile
touch -d '2001-01-01 00:00:00' mid
touch -d '2001-01-01 00:00:10' top
touch -d '2001-01-01 00:00:20' leaf
make -n; echo "rc=$?"
make -t -n; echo "rc=$?"
make -q; echo "rc=$?"
