# MAKE_RESTARTS counts this make's restarts; a sub-make does not inherit it, and one found in
# the environment is read but not passed on either.
mkdir r
printf 'all:\n\t@echo sub [$(MAKE_RESTARTS)] "[$$MAKE_RESTARTS]"\n' > r/Makefile
printf '$(info reading [$(MAKE_RESTARTS)] $(origin MAKE_RESTARTS))\nall:\n\t@echo top $(MAKE_RESTARTS) "[$$MAKE_RESTARTS]"\n\t@$(MAKE) -s -C r\ninclude inc.mk\ninc.mk:\n\t@echo X=1 > $@\n' > Makefile
make; echo "exit=$?"
make; echo "exit=$?"
MAKE_RESTARTS=5 make -s -C r; echo "exit=$?"
rm inc.mk
MAKE_RESTARTS=2 make; echo "exit=$?"
