# A missing target is always built even if prerequisites are old.
printf 'out: in\n\t@echo build; touch out\n' > Makefile
touch -d '2020-01-01 00:00:00' in
make; echo "exit=$?"
