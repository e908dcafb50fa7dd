# --debug=b with -Otarget -j2 and -w: trace lines outside the synced blocks
#| args: --debug=b -Otarget -j2 -w
#| normalise: banner
all: a
a: b
	@echo a
b:
	@echo b
