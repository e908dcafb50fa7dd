# An even run of backslashes before the newline inside a reference is kept as it is.
all:
	@echo "$(subst x,y,ax\\
	c)" '$(subst x,y,bx\\\
	  d)'
