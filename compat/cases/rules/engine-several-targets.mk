a b c:
	@echo making $@
all: a b c
