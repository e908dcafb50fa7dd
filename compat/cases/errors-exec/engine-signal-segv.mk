all:
	@kill -SEGV $$$$
