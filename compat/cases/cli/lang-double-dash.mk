# double dash
#| args: -- -x
all: ; @echo $@
-x: ; @echo dash-x