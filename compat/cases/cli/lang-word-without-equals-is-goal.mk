# word without equals is goal
#| args: X
all: ; @echo x
X: ; @echo goal X
