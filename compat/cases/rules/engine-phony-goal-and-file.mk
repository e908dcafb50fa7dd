#| args: clean all
.PHONY: clean
clean:
	@echo clean
all:
	@echo all
