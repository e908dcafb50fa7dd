# --debug=j: each child put on the chain, reaped and removed
#| known-difference: GNU names each child by its address in memory (0x...), xmake by its pid; the pids differ from run to run anyway
#| args: --debug=j -k
all: a
	@echo 1
	@echo 2
a:
	@false
