.EXTRA_PREREQS = helper
all: a
	@echo "all ^[$^]"
a:
	@echo "a ^[$^]"
helper:
	@echo helper
