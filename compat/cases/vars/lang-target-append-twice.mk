# target append twice
w = a
t: w +=
t: w += b
t: ; @echo "[$(w)]"
