# -q with a recipe whose lines all expand to nothing (an empty variable, a continued line
# of blanks): nothing is asked, the missing target counts as up to date (status 0); a line
# with text still answers 1.
printf 'a: ;\nb: ; $(NOTHING)\nc: ; \\\n  $(NOTHING)\n\t$(NOTHING)\nd: ; $(NOTHING)\n\t: real\ne: b c ; @:\n' > Makefile
for g in a b c d e; do make -q $g; echo "$g rc=$?"; done
make -q a b c; echo "abc rc=$?"
