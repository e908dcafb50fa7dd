# A missing order-only prerequisite is built but does not rebuild an existing target.
touch -d '2020-01-01 00:00:00' out
printf 'out: | oo\n\t@echo rebuild out\noo:\n\t@echo make oo\n' > Makefile
make; echo "exit=$?"
