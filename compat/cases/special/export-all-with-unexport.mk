# .EXPORT_ALL_VARIABLES combined with "unexport" for one variable.
.EXPORT_ALL_VARIABLES:
A = a
B = b
unexport B
all:
	@env | grep -E '^(A|B)=' | sort
