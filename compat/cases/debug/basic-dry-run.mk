# --debug=b under -n: recipes are printed, targets count as remade
#| args: --debug=b -n
#| normalise: banner
all: w y
y: | w ; @echo y
w: ; @false
