# A directory as a normal prerequisite: its mtime counts like a file's.
mkdir d
touch -d '2020-01-02 00:00:00' d
touch -d '2020-01-01 00:00:00' out
printf 'out: d\n\t@echo rebuild out\n' > Makefile
make; echo "exit=$?"
touch -d '2020-01-03 00:00:00' out
make; echo "exit=$?"
