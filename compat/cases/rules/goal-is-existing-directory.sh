# A goal naming an existing directory with no rule: "Nothing to be done".
mkdir sub
echo 'all: ; @echo all' > Makefile
make sub; echo "exit=$?"
