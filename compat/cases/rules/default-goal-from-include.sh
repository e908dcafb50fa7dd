# The first rule of an included file placed before local rules becomes the default goal; .DEFAULT_GOAL can be set before any rule.
echo 'inc: ; @echo from include' > inc.mk
printf '.DEFAULT_GOAL = local\ninclude inc.mk\nlocal: ; @echo local\n' > Makefile
make; echo "exit=$?"
