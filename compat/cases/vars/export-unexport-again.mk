# unexport then export again: the last directive wins.
export V = 1
unexport V
export V
all:
	@env | grep '^V='
