# Backslash-newline inside single quotes reaches the shell as backslash-newline (manual 5.1.1).
all:
	@printf '%s\n' 'one \
	two'
