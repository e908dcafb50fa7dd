# MAKEFLAGS set in the environment of the top make (k) reaches the sub-make too.
mkdir sub
printf 'all: a b\na:\n\t@exit 1\nb:\n\t@echo sub b\n' > sub/Makefile
printf 'all:\n\t@$(MAKE) --no-print-directory -C sub\n' > Makefile
MAKEFLAGS=k make; echo "exit=$?"
