# .ONESHELL with a shell that is not a Bourne shell: only the first line loses its `@`; the
# later lines reach the script as written, `@`, `+`, `-` and indentation included.
.ONESHELL:
SHELL = /usr/bin/perl
.SHELLFLAGS = -e
all:
	@$$n = 4
	  +3;
	@list = (1, 2);
	-1;
	print "n=$$n list=@list\n";
