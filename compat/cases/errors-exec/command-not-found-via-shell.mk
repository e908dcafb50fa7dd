# A nonexistent program in a line with shell metacharacters goes through /bin/sh: the shell's message, Error 127.
#| check: missing-program-ok
all:
	@no-such-program-zzz; exit $$?
