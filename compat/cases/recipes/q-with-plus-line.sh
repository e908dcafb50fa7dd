# -q still runs "+" lines; here the target has no other lines and make -q exits 0.
printf 'out:\n\t+@echo plus ran\n' > Makefile
make -q; echo "exit=$?"
