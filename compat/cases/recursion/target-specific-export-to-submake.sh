# A target-specific exported variable reaches the sub-make started by that target's recipe.
mkdir sub
printf 'all:\n\t@echo sub MODE=[$(MODE)] origin=$(origin MODE)\n' > sub/Makefile
printf 'go: export MODE = fast\ngo:\n\t@$(MAKE) -s -C sub\n' > Makefile
make; echo "exit=$?"
