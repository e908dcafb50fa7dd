#| setup: touch clean
.PHONY: clean
clean:
	@echo cleaning
