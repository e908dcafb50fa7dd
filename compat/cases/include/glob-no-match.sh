# include of a glob that matches nothing: the pattern is kept as a literal name (error); -include is silent.
echo 'all: ; @echo ok' > Makefile
printf -- '-include *.none\nall: ; @echo ok\n' > dash.mk
make -f dash.mk; echo "exit=$?"
printf 'include *.none\nall: ; @echo ok\n' > plain.mk
make -f plain.mk; echo "exit=$?"
