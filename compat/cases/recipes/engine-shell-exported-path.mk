all:
	@command -v sh >/dev/null && echo found
