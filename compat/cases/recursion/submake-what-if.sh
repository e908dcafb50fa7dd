# -W FILE is not passed in MAKEFLAGS, so a sub-make does not treat FILE as new.
mkdir sub
touch -d '2020-01-01 00:00:00' sub/in
touch -d '2020-01-02 00:00:00' sub/out
printf 'out: in\n\t@echo sub rebuild\n' > sub/Makefile
printf 'all:\n\t@$(MAKE) -s -C sub\n' > Makefile
make -W in; echo "exit=$?"
make -W sub/in; echo "exit=$?"
