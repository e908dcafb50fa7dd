# A bash command substitution in an included config file is NOT run by make: $(date ...) is a make variable reference.
mkdir conf
printf 'STAMP=$(date +%%s)\nHOSTVAL=`hostname`\n' > conf/env.cfg
printf 'include conf/env.cfg\nshow:\n\t@echo "STAMP=[$(STAMP)]"\n\t@echo '"'"'HOSTVAL=[$(value HOSTVAL)]'"'"'\n' > Makefile
make; echo "exit=$?"
