printf 'all: a b\na:\n\t@echo a > $@; sleep 3\nb:\n\t@echo b > $@; sleep 3\n' > Makefile
make -j2 & pid=$!
sleep 0.5
kill -TERM $pid
wait $pid; echo "rc=$?"
ls
