# -C then -f: the makefile name is relative to the new directory.
mkdir d
echo 'x: ; @echo x in $(notdir $(CURDIR))' > d/other.mk
make -C d -f other.mk; echo "exit=$?"
