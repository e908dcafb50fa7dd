# make started with SIGINT ignored (trap '' INT, as for `make &` in a script) keeps it
# ignored: a recipe that sends itself SIGINT goes on, nothing is deleted.
printf 'out:\n\t@echo part > $@; kill -INT $$$$; echo after\n' > Makefile
trap '' INT
make; echo "rc=$?"
ls
