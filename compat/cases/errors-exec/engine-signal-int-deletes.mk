out:
	@echo part > $@; kill -INT $$$$
