# Target-specific += appends to the global value at use time.
CFLAGS = -O2
foo: CFLAGS += -g
foo:
	@echo [$(CFLAGS)]
