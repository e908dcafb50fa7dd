# -s also suppresses the "is up to date" and "Nothing to be done" messages.
touch f
printf 'f:\n\t@echo never\nnone:\n' > Makefile
make -s f; echo "exit=$?"
make -s none; echo "exit=$?"
