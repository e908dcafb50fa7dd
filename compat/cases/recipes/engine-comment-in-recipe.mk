all:
	@echo a # not a make comment
# a make comment
	@echo b
