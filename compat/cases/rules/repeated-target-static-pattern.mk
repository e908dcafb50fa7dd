# The same for static pattern rules: `a.o a.o: %.o: %.c` lists `a.c` twice in `$+`, a
# `::` one runs twice, a prerequisite that is the target itself is dropped twice.
all: a.o b.o c
a.o a.o: %.o: %.c
	@echo '$@ [$^] [$+] [$*]'
b.o b.o:: %.o: %.c
	@echo '$@ [$^] [$+] [$*]'
c c: %: %
	@echo '$@ [$^] [$+] [$*]'
a.c b.c: ;
