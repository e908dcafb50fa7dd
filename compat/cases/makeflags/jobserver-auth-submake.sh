# A sub-make sharing the jobserver (with or without +) shows the parent's --jobserver-auth;
# one given its own -j3 warns and shows its own new jobserver.
cat > Makefile <<'MK'
ifeq ($(MAKELEVEL),0)
all:
	@+$(MAKE) sub
	@+$(MAKE) -j3 sub
	@$(MAKE) sub
	@+$(MAKE) -j1 sub
else
$(info sub parse: [$(MAKEFLAGS)] [$(MFLAGS)])
sub:
	@echo "sub: [$(MAKEFLAGS)] [$(MFLAGS)] env=[$$MAKEFLAGS]"
endif
MK
make -j2 --no-print-directory 2>&1
make -j2 -s 2>&1
