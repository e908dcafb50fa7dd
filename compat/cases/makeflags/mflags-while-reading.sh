# While makefiles are read, MFLAGS holds what MAKEFLAGS holds then (flag letters and long
# options without arguments); -I, -l and -O join both once reading is done.
mkdir inc
printf '$(info read [$(MAKEFLAGS)] [$(MFLAGS)])\nall:\n\t@echo run [$(MAKEFLAGS)] [$(MFLAGS)] [$$MAKEFLAGS] [$$MFLAGS]\n' > Makefile
make -s -Iinc; echo "exit=$?"
make -l2 -k; echo "exit=$?"
make -Oline; echo "exit=$?"
make --no-print-directory -l2 V=1; echo "exit=$?"
make -ks --trace -Iinc; echo "exit=$?"
make --eval=E:=1 -k -Iinc; echo "exit=$?"
make --eval='E := a b' -s; echo "exit=$?"
