# export VAR = value, export VAR := value and export VAR += value forms.
export A = a-$(B)
B = bee
export C := c
C += more
export D ?= d
all:
	@env | grep -E '^[ABCD]=' | sort
