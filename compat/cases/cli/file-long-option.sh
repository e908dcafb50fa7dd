# --file=NAME and --makefile=NAME are -f synonyms.
echo 'a: ; @echo from a.mk' > a.mk
make --file=a.mk; echo "exit=$?"
make --makefile a.mk; echo "exit=$?"
