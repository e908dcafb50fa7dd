#| args: -j2
all: bad slow
bad:
	@sleep 0.1; false
slow:
	@sleep 0.4; echo slow done
