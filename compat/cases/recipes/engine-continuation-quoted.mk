all:
	@echo 'a \
	b'
