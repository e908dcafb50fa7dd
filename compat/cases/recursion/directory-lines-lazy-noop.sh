# The Entering/Leaving pair is printed lazily: a run whose only recipe is `:` (which GNU make
# does not even start a shell for) prints neither; `: ` with a trailing blank starts a shell.
mkdir sub
printf 'all:\n\t@:\n' > sub/Makefile
make -C sub; echo "exit=$?"
printf 'all:\n\t@ :\n' > sub/Makefile
make -C sub; echo "exit=$?"
printf 'all:\n\t@: \n' > sub/Makefile
make -C sub; echo "exit=$?"
make -w -C sub --no-print-directory; echo "exit=$?"
