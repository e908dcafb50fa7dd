# A target that does not match a static pattern: GNU warns, gives it no prerequisites, and
# its stem ($*) is the name itself (word by word, so `a.o\ b.x` has the stem `a b.x`).
all: x.y a.o\ b.x sub/x.y
x.y a.o\ b.x sub/x.y: %.o: %.c
	@echo "$@ from [$<] [$^] [$*] [$(*D)] [$(*F)]"
