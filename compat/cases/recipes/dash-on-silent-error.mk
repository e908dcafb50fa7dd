# A failing @-silenced line still reports its error with the line number.
all:
	@echo before
	@exit 9
