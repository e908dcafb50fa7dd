# --debug=v names each makefile read, with GNU's notes on how it was read
#| normalise: banner
mkdir inc
echo 'Y=1' > inc/found.mk
echo 'Z=1' > env.mk
printf -- '-include nope.mk\ninclude found.mk\n$(eval include env.mk)\nall: ; @:\n' > Makefile
MAKEFILES=env.mk make --debug=v -Iinc; echo "exit=$?"
make --debug=v -f Makefile -f .//env.mk -Iinc; echo "exit=$?"
