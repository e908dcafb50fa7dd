# unexport hides an environment variable from recipes (manual 5.7.2).
#| env: SECRET=s
#| env: KEEP=k
unexport SECRET
all:
	@env | grep -E '^(SECRET|KEEP)=' | sort
