# "make -C sub" inside a recipe from a -C invocation: directories print correctly.
mkdir -p top/sub
printf 'all:\n\t@echo leaf\n' > top/sub/Makefile
printf 'all:\n\t@$(MAKE) -C sub\n' > top/Makefile
make -C top; echo "exit=$?"
