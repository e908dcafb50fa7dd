# A conditional must end in the same file: an ifdef left open in an included file is an error there.
echo 'ifdef MAKE' > open.mk
printf 'include open.mk\nendif\nall: ; @echo ok\n' > Makefile
make; echo "exit=$?"
