# Two sub-makes sharing the jobserver, the second depending on the first; each runs a -j-able inner chain.
mkdir s1 s2
printf 'all: y\n\t@echo $(notdir $(CURDIR)) all\ny: x\n\t@echo $(notdir $(CURDIR)) y\nx:\n\t@echo $(notdir $(CURDIR)) x\n' > s1/Makefile
cp s1/Makefile s2/Makefile
printf 'all: s2\n.PHONY: s1 s2\ns1:\n\t@$(MAKE) -s -C s1\ns2: s1\n\t@$(MAKE) -s -C s2\n' > Makefile
make -j4; echo "exit=$?"
