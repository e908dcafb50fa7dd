# -B: every prerequisite is in $? even when older than the target (and -p shows it).
touch -d '2020-01-01 00:00:00' in
touch -d '2020-01-02 00:00:00' out
printf 'out: in\n\t@echo "[$?] [$^]"\n' > Makefile
make -r -B
