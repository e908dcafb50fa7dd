# -B with double-colon rules: each rule's recipe runs.
touch -d '2020-01-01 00:00:00' a b
touch -d '2020-01-02 00:00:00' t
printf 't:: a\n\t@echo from a\nt:: b\n\t@echo from b\n' > Makefile
make; echo "exit=$?"
make -B; echo "exit=$?"
