# Sub-directories as phony targets with inter-directory dependencies (b needs a).
mkdir a b
printf 'all:\n\t@echo built a\n' > a/Makefile
printf 'all:\n\t@echo built b\n' > b/Makefile
cat > Makefile <<'M'
SUBDIRS = b a
.PHONY: all $(SUBDIRS)
all: $(SUBDIRS)
$(SUBDIRS):
	@$(MAKE) -s -C $@
b: a
M
make; echo "exit=$?"
