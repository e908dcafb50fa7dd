# A failing command that created its target: without .DELETE_ON_ERROR the file is kept.
all:
	@echo data > all; exit 1
