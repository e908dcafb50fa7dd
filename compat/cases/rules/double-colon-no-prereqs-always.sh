# A double-colon rule with no prerequisites always runs even if the target exists.
touch -d '2020-01-01 00:00:00' t
printf 't::\n\t@echo ran\n' > Makefile
make; echo "exit=$?"
printf 't:\n\t@echo ran\n' > Makefile
make; echo "exit=$?"
