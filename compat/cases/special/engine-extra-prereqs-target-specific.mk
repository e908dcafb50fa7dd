all: .EXTRA_PREREQS = tool
all: a
	@echo "all ^[$^]"
a:
	@echo a
tool:
	@echo tool
