# target append to empty
w =
t: w += x
t: ; @echo "[$(w)]"
