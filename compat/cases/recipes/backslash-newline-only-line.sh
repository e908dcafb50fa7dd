# A recipe line that is only a backslash-newline comes to no command under /bin/sh: GNU skips
# it before echoing or counting it, so the target is "up to date" and -n, --trace and -q
# (after a + line) see nothing to run; under bash the line is a command (echoed, run); a `:`
# line is a command everywhere.
printf 'd:\n\t\\\n\n' > Makefile
make; echo "status $?"
make -n; echo "status $?"
make --trace; echo "status $?"
printf 't:\n\t+touch t\n\t\\\n\n' > q.mk
make -q -f q.mk; echo "status $?"; ls t
rm -f t
printf 'e:\n\t@echo before\n\t\\\n\n\t@echo after\n' > e.mk
make -f e.mk; echo "status $?"
make -f e.mk SHELL=/bin/bash; echo "status $?"
printf 'c:\n\t:\n' > c.mk
make -f c.mk; echo "status $?"
make -n -f c.mk; echo "status $?"
