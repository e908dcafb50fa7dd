# A recipe killed by SIGKILL under -k: "Killed" in the error line, then the not-remade summary.
#| args: -k
all: a b
a:
	@kill -KILL $$$$
b: ; @echo b
