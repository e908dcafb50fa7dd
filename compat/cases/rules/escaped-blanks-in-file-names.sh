# A backslash before a blank keeps it in a target or prerequisite name (foo\ bar is one file,
# `foo bar`); runs of backslashes before a blank are halved; pattern rules and existing files
# see the unescaped name.
touch 'has space.c' 'is here'
printf 'all: foo\\ bar\n\t@echo "$^"\nfoo\\ bar:\n\t@echo "making [$@]"\n' > Makefile
make; echo "exit=$?"
printf 'all: a\\\\ b c\\\tt d\\ \n\t@echo "[$^]"\n%%:\n\t@echo "making [$@]"\n' > Makefile
make; echo "exit=$?"
printf 'x\\ y z: q\\ r\n\t@echo "[$@] [$<]"\nq\\ r:;@echo "[$@]"\n' > Makefile
make 'x y'; echo "exit=$?"
make z; echo "exit=$?"
printf 'all: has\\ space.o is\\ here\n\t@echo "[$^] [$?]"\n%%.o: %%.c\n\t@echo "[$@] [$<] [$*]"\n' > Makefile
make; echo "exit=$?"
printf 'V = a\\ b\nall: $(V) c\n\t@echo "[$^]"\n%%:;@echo "[$@]"\n' > Makefile
make; echo "exit=$?"
