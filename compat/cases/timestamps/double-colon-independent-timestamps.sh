# Each double-colon rule checks its own prerequisites against the target.
touch -d '2020-01-01 00:00:00' a
touch -d '2020-01-03 00:00:00' b
touch -d '2020-01-02 00:00:00' t
printf 't:: a\n\t@echo from a\nt:: b\n\t@echo from b\n' > Makefile
make; echo "exit=$?"
