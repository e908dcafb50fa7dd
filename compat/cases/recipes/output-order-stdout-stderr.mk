# Recipe stdout and stderr go to make's stdout and stderr respectively.
all:
	@echo to-out
	@echo to-err >&2
