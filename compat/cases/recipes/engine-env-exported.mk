export FOO = bar
all:
	@echo $$FOO
