# Wildcards in prerequisites are expanded (manual 4.4).
touch b.txt a.txt
printf 'all: *.txt\n\t@echo $^\n' > Makefile
make; echo "exit=$?"
