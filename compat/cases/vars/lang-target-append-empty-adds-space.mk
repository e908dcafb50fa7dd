# a target-specific += joins with a space even when it adds nothing
w = (
t: w +=
t: ; @echo "[$(w)]"
