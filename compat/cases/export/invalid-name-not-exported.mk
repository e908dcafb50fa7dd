# export of a variable whose name is not a valid shell identifier (a-b) does not put it in the environment.
export a-b = dash
all:
	@env | grep -c '^a-b=' ; true
