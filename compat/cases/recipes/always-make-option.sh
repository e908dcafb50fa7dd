# -B remakes all targets even if up to date.
touch -d '2020-01-01 00:00:00' src
touch -d '2020-01-02 00:00:00' out
printf 'out: src\n\t@echo rebuilding $@\n' > Makefile
make; echo "exit=$?"
make -B; echo "exit=$?"
