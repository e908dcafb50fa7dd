# rule defined in recipe
all:
	$(eval x: y)@echo never
