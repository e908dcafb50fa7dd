# -f - together with another -f: both are read, in order.
echo 'b: ; @echo b from file' > b.mk
printf 'a: ; @echo a from stdin\n' | make -f - -f b.mk a b; echo "exit=$?"
