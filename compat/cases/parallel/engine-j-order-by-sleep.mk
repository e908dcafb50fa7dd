#| args: -j2
all: slow fast
	@echo all
slow:
	@sleep 0.5; echo slow
fast:
	@echo fast
