# export with a list of names (and a computed list) exports each.
X = 1
Y = 2
Z = 3
names = Y Z
export X $(names)
all:
	@env | grep -E '^[XYZ]=' | sort
