# --question and --touch long forms.
touch -d '2020-01-01 00:00:00' in
printf 'out: in\n\t@echo remake\n' > Makefile
make --question; echo "exit=$?"
make --touch; echo "exit=$?"
make --question; echo "exit=$?"
