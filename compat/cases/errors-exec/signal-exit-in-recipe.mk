# A recipe line killed by SIGINT-like self-kill with -k: the summary lines.
#| args: -k
all: a b
a:
	@kill -KILL $$$$
b: ; @echo b
