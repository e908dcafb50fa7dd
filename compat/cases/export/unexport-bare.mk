# A bare "unexport" cancels a previous bare "export".
export
unexport
V = v
all:
	@env | grep -E '^V=' ; echo status=$$?
