# A recipe line ending in two backslashes does not continue: the shell gets a literal backslash pair and the next tab line is separate.
all:
	@echo 'a\\' ; echo next-line-follows \\
	@echo separate
