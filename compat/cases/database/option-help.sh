#| normalise: database
# -p with --help: after the usage text GNU prints the data base of a make that read no
# makefile. xmake's usage text lists its own options too (a documented difference, see
# cli/lang-h-help-to-stdout.mk), so only the dump is kept here.
printf 'X = never read\nall: ; @echo never\n' > Makefile
make -rR -p --help > out; echo "exit=$?"
sed -n '/^# /,$p' out
rm out
