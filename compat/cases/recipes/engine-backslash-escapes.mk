all:
	@printf '%s\n' 'a\b'
