# -O takes its argument only attached: `-O none` makes none a goal
#| args: -O none
all: ; @echo x
none: ; @echo none-goal
