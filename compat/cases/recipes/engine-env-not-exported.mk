FOO = bar
all:
	@echo [$$FOO]
