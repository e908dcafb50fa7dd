# .EXPORT_ALL_VARIABLES exports makefile variables to recipes (manual 4.9).
.EXPORT_ALL_VARIABLES:
FOO = bar
all:
	@echo "FOO=$$FOO"
