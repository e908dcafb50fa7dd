# $? lists only prerequisites newer than the target.
touch -d '2020-01-01 00:00:00' old
touch -d '2020-01-03 00:00:00' new
touch -d '2020-01-02 00:00:00' t
printf 't: old new\n\t@echo "?=$?"\n' > Makefile
make; echo "exit=$?"
rm t
make; echo "exit=$?"
