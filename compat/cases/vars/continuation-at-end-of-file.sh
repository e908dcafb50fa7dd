# A backslash-newline that ends a file (an included one, the main one) continues the line
# with nothing: the backslash goes and leaves a blank (CRLF too); without the final
# newline the backslash stays.
printf 'FOO = foo \\\r\n' > inc.mk
printf 'include inc.mk\nall: ; @echo "[$(FOO)] bar"\n' > Makefile
make
printf 'FOO = foo \\\n' > inc.mk
make
printf 'FOO = foo \\' > inc.mk
make
printf 'FOO = foo \\\\\n' > inc.mk
make
printf 'define BAR\nall: ; @echo $(FOO) bar\nendef\n' > bar.mk
printf 'FOO = foo \\\r\n' > inc.mk
printf 'include inc.mk\ninclude bar.mk\n$(eval $(BAR))\n' > Makefile
make
printf 'all: ; @echo "[a] \\\n' > Makefile
make; echo "rc=$?"
printf 'all:\n\t@echo "[a] \\\n' > Makefile
make; echo "rc=$?"
printf 'define X\na \\\n' > Makefile
make; echo "rc=$?"
