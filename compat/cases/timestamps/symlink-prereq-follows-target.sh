# Without -L, a symlink prerequisite's time is its target's time.
touch -d '2020-01-03 00:00:00' real
ln -s real link
touch -h -d '2020-01-01 00:00:00' link
touch -d '2020-01-02 00:00:00' out
printf 'out: link\n\t@echo rebuild out\n' > Makefile
make; echo "exit=$?"
make -L; echo "exit=$?"
