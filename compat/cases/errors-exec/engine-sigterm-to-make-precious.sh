printf '.PRECIOUS: out\nout:\n\t@echo part > $@; sleep 3\n' > Makefile
make & pid=$!
sleep 0.5
kill -TERM $pid
wait $pid; echo "rc=$?"
ls
