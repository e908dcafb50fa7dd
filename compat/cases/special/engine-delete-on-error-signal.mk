.DELETE_ON_ERROR:
out:
	@echo part > $@; kill -TERM $$$$
