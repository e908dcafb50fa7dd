# SIGTERM to make -j2: both running targets are deleted and both children reported
# (the order between two children killed together is not fixed, so stderr is sorted).
printf 'all: a b\na:\n\t@echo a > $@; sleep 3\nb:\n\t@echo b > $@; sleep 3\n' > Makefile
make -j2 2>err & pid=$!
sleep 0.5
kill -TERM $pid
wait $pid; echo "rc=$?"
sort err
rm err
ls
