# Conditionals are parsed at read time even inside a recipe (manual 7.1 example).
CC_KIND = gnu
all:
ifeq ($(CC_KIND),gnu)
	@echo gnu branch
else
	@echo other branch
endif
	@echo end
