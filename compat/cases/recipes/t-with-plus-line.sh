# -t touches the target but still runs "+" lines (manual 9.3).
printf 'out:\n\t+@echo plus line ran\n\t@echo normal line\n' > Makefile
make -t; echo "exit=$?"
ls
