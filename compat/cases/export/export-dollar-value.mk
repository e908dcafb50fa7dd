# An exported value containing $$ reaches the environment as a single $.
export P = a$$b
all:
	@printf '%s\n' "$$P"
