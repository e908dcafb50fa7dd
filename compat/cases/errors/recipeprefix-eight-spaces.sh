# With a .RECIPEPREFIX other than a tab, a line of eight spaces is a plain missing
# separator: the "did you mean TAB" hint is only for the tab prefix.
printf '.RECIPEPREFIX = >\nt:\n        true\n' > Makefile
make; echo "rc=$?"
printf 't:\n        true\n' > Makefile
make; echo "rc=$?"
