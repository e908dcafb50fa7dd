# An explicitly exported variable goes to the recipe's environment (and is expanded for it)
# even when its name is not a shell identifier; without `export` it does not.
export X-Y = 1$(info expanded X-Y)
export define D E
v
endef
export define D.E
$(info expanded D.E)
endef
Z.W = 2
all: ; @env | grep -E '^(X-Y|D E|D\.E|Z\.W)=' | sort
