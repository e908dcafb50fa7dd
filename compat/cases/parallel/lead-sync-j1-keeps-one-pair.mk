# -w -O without parallel jobs: output is not synced, one directory pair around the run.
#| args: -w -O
all: a
	@echo all
a:
	@echo a
