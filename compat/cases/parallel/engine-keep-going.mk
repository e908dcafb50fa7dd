#| args: -j2 -k
all: bad good
	@echo all
bad:
	@false
good:
	@sleep 0.3; echo good
