mkdir sub
printf 'all:\n\t@echo "[$(findstring jobserver,$(MAKEFLAGS))]"\n' > sub/Makefile
printf 'all:\n\t@$(MAKE) -s -C sub\n' > Makefile
make
