# A target older than a prerequisite is rebuilt; newer one is up to date (manual 2.2).
printf 'out: in\n\t@echo rebuild\n\ttouch -d "2020-06-01 00:00:00" out\n' > Makefile
touch -d '2020-01-01 00:00:00' in
touch -d '2020-01-02 00:00:00' out
make; echo "exit=$?"
touch -d '2020-03-01 00:00:00' in
make; echo "exit=$?"
make; echo "exit=$?"
