# A nonexistent program in a simple recipe line: make execs it directly (no shell), so the message is make's own, Error 127.
all:
	@no-such-program-zzz
