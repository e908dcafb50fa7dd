# -j takes the next word only when it is all digits
#| args: -j 3x
all: ; @echo x
3x: ; @echo goal 3x
