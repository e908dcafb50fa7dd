# -q prints no Entering/Leaving directory lines, even with -w
#| args: -q -w
all: ; @echo x
