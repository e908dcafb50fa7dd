.EXPORT_ALL_VARIABLES:
FOO = bar
all:
	@echo $$FOO
