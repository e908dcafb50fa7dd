#| args: -j1
all: slow fast
slow:
	@sleep 0.2; echo slow
fast:
	@echo fast
