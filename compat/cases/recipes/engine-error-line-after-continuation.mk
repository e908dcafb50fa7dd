all:
	@echo 1 \
	2
	@false
