# .ONESHELL: a later line's `+` does not make the recipe recursive, a $(MAKE) anywhere does;
# prefixes at the start of every later line, canned-recipe lines included, are removed.
printf 'x:\n\t@echo sub-ran\n' > sub.mk
printf '.ONESHELL:\nall:\n\techo first\n\t$(MAKE) -f sub.mk --no-print-directory\n' > a.mk
make -f a.mk -n; echo "exit=$?"
printf '.ONESHELL:\nall:\n\techo first\n\t+echo plus\n' > b.mk
make -f b.mk -n; echo "exit=$?"
make -f b.mk; echo "exit=$?"
printf 'define D\necho d1\n@echo d2\nendef\n.ONESHELL:\nall:\n\t@echo first\n\t$(D)\n\t  -@echo x\n' > c.mk
make -f c.mk; echo "exit=$?"
make -f c.mk -n; echo "exit=$?"
