# .EXPORT_ALL_VARIABLES exports all variables (manual 4.9).
.EXPORT_ALL_VARIABLES:
V1 = one
V2 = two
all:
	@env | grep -E '^V[12]=' | sort
