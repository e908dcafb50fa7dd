# make compares sub-second timestamps: a prerequisite 0.5 s newer in the same second triggers a rebuild.
printf 'out: in\n\t@echo rebuild\n' > Makefile
touch -d '2020-01-01 00:00:00.100000000' out
touch -d '2020-01-01 00:00:00.600000000' in
make; echo "exit=$?"
touch -d '2020-01-01 00:00:00.900000000' out
make; echo "exit=$?"
