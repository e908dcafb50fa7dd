# A line like "source other.cfg" in an included config is "missing separator" to make.
mkdir conf
printf 'A=1\nsource conf/other.cfg\n' > conf/env.cfg
printf 'include conf/env.cfg\nshow:\n\t@echo A=$(A)\n' > Makefile
make; echo "exit=$?"
