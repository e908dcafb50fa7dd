# Two backslashes before the newline inside a reference: not a continuation to collapse.
X = a\\
all:
	@echo '$(X \\
	)' "$(strip \
	  q)" $${HOME:+\
	set}
