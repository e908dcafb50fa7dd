#| args: -q
#| setup: touch all
all:
	@echo x
