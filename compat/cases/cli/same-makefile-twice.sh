# The same makefile given twice with -f is read twice (warnings about overriding recipes).
echo 'a: ; @echo a' > a.mk
make -f a.mk -f a.mk; echo "exit=$?"
