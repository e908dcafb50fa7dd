# A bare "export" exports every makefile variable, but not default ones like CC nor names like weird.name (manual 5.7.2).
export
LOCAL = local
weird.name = w
all:
	@env | grep -E '^(LOCAL|weird.name|CC)=' | sort
