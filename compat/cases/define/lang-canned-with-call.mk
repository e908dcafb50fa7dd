# canned with call
define greet
@echo hello $(1)
endef
all:
	$(call greet,world)