mkdir sub
printf 'all:\n\t@echo "[$(filter -j%%,$(MAKEFLAGS))]"\n' > sub/Makefile
printf 'all:\n\t@$(MAKE) -s -C sub\n' > Makefile
make -j3
