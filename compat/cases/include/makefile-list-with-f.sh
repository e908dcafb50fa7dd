# MAKEFILE_LIST records -f names (several -f options in order; a leading ./ is dropped).
echo 'a: ; @echo a $(MAKEFILE_LIST)' > one.mk
echo 'b: ; @echo b' > two.mk
make -f one.mk -f two.mk a b; echo "exit=$?"
make -f ./one.mk; echo "exit=$?"
