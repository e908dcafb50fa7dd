# undefine removes a variable; origin becomes undefined (manual 6.9).
x = 1
y := 2
undefine x
undefine y
$(info [$(x)] [$(y)] $(origin x) $(flavor y))
all: ; @:
