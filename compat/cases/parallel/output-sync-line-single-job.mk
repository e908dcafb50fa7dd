# --output-sync=line with a single target behaves like normal output.
#| args: -j2 --output-sync=line
all:
	@echo one
	@echo two
